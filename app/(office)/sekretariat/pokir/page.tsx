import type { Metadata } from "next";
import Link from "next/link";
import { PokirStatusBadge } from "@/components/pokir/status-badge";
import { ExportForm } from "@/components/pokir/export-form";
import { PokirSubnav } from "@/components/pokir/subnav";
import { EmptyState, PageHeader, Pagination } from "@/components/ui/misc";
import { requirePageActor } from "@/lib/auth/page";
import { formatDate, formatRupiah } from "@/lib/format";
import { POKIR_STATUS_LABELS } from "@/lib/pokir/constants";
import { listForStaff, staffListOptions } from "@/lib/pokir/read";
import { FilterDisclosure, Cell, DataTable, Row } from "@/components/ui/table";
import { pageParam, intId } from "@/lib/validation";

export const metadata: Metadata = { title: "e-Pokir" };
const sel = "mt-1 block max-w-full rounded-md border border-slate-400 bg-white px-2 py-2 text-sm";

export default async function StaffPokirList({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requirePageActor("pokir.verify");
  const sp = await searchParams;
  const options = await staffListOptions(actor);
  const { periods } = options;
  const periodId = intId(sp.periode) ?? options.currentPeriodId;
  const q = {
    periodId,
    status: sp.status,
    dapilId: intId(sp.dapil),
    opdId: intId(sp.opd),
    bidangId: intId(sp.bidang),
    q: sp.q,
    page: pageParam(sp.hal),
  };
  const { items, total, page, pageSize } = await listForStaff(actor, q);
  const keep = new URLSearchParams(
    Object.entries({ ...sp, periode: String(periodId ?? "") }).filter(([k, v]) => v && k !== "hal") as [
      string,
      string,
    ][],
  );
  const select = (id: string, label: string, opts: [string | number, string][]) => (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      <select
        id={id}
        name={id}
        defaultValue={sp[id] ?? (id === "periode" ? String(periodId ?? "") : "")}
        className={sel}
      >
        {id !== "periode" ? <option value="">Semua</option> : null}
        {opts.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <div>
      <PageHeader
        title="e-Pokir"
        description="Verifikasi usulan pokir warga dan anggota, gabungkan duplikat, dan ekspor untuk SIPD."
      />
      <PokirSubnav admin={actor.role === "admin"} />
      <ExportForm periodId={periodId} dapil={options.dapil} members={options.members} opd={options.opd} />
      <FilterDisclosure active={Boolean(sp.status || sp.dapil || sp.bidang || sp.opd || sp.q)}>
        <form role="search" aria-label="Saring usulan pokir" className="flex flex-wrap items-end gap-3">
          {select(
            "periode",
            "Periode",
            periods.map((p) => [p.id, p.name]),
          )}
          {select("status", "Status", Object.entries(POKIR_STATUS_LABELS))}
          {select(
            "dapil",
            "Dapil",
            options.dapil.map((d) => [d.id, d.name]),
          )}
          {select(
            "bidang",
            "Bidang",
            options.bidang.map((b) => [b.id, b.name]),
          )}
          {select(
            "opd",
            "OPD",
            options.opd.map((o) => [o.id, o.name]),
          )}
          <div>
            <label htmlFor="q" className="block text-sm font-semibold">
              Cari (judul, isi, kode)
            </label>
            <input id="q" name="q" type="search" defaultValue={sp.q} maxLength={100} className={sel} />
          </div>
          <button className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white">Terapkan</button>
        </form>
      </FilterDisclosure>
      {items.length === 0 ? (
        <EmptyState title="Tidak ada usulan" />
      ) : (
        <DataTable
          label="Daftar usulan pokir"
          caption="Usulan pokir"
          columns={[
            "Kode",
            "Usulan",
            "Kelurahan / dapil",
            { label: "Perkiraan", align: "right" },
            "Status",
            "Diajukan",
          ]}
        >
          {items.map((i) => (
            <Row key={i.id}>
              <Cell className="font-mono">{i.trackingCode}</Cell>
              <Cell>
                <Link href={`/sekretariat/pokir/${i.id}`}>{i.title}</Link>
              </Cell>
              <Cell>
                {i.kelurahan} · {i.dapil}
              </Cell>
              <Cell align="right">{formatRupiah(i.estimatedCost)}</Cell>
              <Cell>
                <PokirStatusBadge status={i.status} />
              </Cell>
              <Cell>{formatDate(i.createdAt)}</Cell>
            </Row>
          ))}
        </DataTable>
      )}
      <Pagination
        page={page}
        pageSize={pageSize}
        total={total}
        href={(n) => `/sekretariat/pokir?${keep.toString()}&hal=${n}`}
      />
    </div>
  );
}
