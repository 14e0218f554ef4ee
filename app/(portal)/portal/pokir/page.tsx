import type { Metadata } from "next";
import Link from "next/link";
import { PokirStatusBadge } from "@/components/pokir/status-badge";
import { Alert } from "@/components/ui/alert";
import { EmptyState, PageHeader } from "@/components/ui/misc";
import { requirePageActor } from "@/lib/auth/page";
import { formatRupiah } from "@/lib/format";
import { memberPokirList } from "@/lib/pokir/member-list";
import { Cell, DataTable, Row } from "@/components/ui/table";
import { intId } from "@/lib/validation";
import { formatNumber } from "@/lib/format";

export const metadata: Metadata = { title: "Pokir Saya" };

export default async function MyPokirPage({ searchParams }: { searchParams: Promise<{ periode?: string }> }) {
  const actor = await requirePageActor("pokir.memberList");
  const sp = await searchParams;
  const { periods, period, items, total, pagu } = await memberPokirList(actor, intId(sp.periode));
  return (
    <div className="space-y-4">
      <PageHeader
        title="Pokir saya"
        description="Usulan yang Anda adopsi per periode, dengan total perkiraan anggaran terhadap pagu."
      />
      <form className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="periode" className="block text-sm font-semibold">
            Periode
          </label>
          <select
            id="periode"
            name="periode"
            defaultValue={period?.id ?? ""}
            className="mt-1 max-w-full rounded-md border border-slate-400 px-3 py-2"
          >
            {periods.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <button className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white">Tampilkan</button>
      </form>
      {period?.finalizedAt ? <Alert tone="info">Daftar periode ini sudah difinalisasi dan dikunci.</Alert> : null}
      <p className="text-lg">
        Total perkiraan anggaran: <strong>{formatRupiah(total)}</strong>
        {pagu !== null ? (
          <>
            {" "}
            dari pagu <strong>{formatRupiah(pagu)}</strong>
            {total > pagu ? <span className="ml-2 font-semibold text-red-700">(melebihi pagu)</span> : null}
          </>
        ) : null}
      </p>
      {items.length === 0 ? (
        <EmptyState title="Belum ada pokir">Adopsi usulan dari kotak masuk atau catat usulan dari reses.</EmptyState>
      ) : (
        <DataTable
          label="Pokir yang Anda adopsi"
          caption="Pokir yang Anda adopsi"
          columns={["Usulan", "Kelurahan", "Volume", { label: "Perkiraan", align: "right" }, "Status"]}
        >
          {items.map((i) => (
            <Row key={i.id}>
              <Cell>
                <Link href={`/portal/pokir/${i.id}`}>{i.title}</Link>
              </Cell>
              <Cell>{i.kelurahan}</Cell>
              <Cell>
                {formatNumber(i.volume)} {i.unit}
              </Cell>
              <Cell align="right">{formatRupiah(i.estimatedCost)}</Cell>
              <Cell>
                <PokirStatusBadge status={i.status} />
              </Cell>
            </Row>
          ))}
        </DataTable>
      )}
    </div>
  );
}
