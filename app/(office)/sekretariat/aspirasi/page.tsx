import type { Metadata } from "next";
import Link from "next/link";
import { ListFilters, queryString } from "@/components/aspirations/list-filters";
import { SlaBadge } from "@/components/aspirations/sla-badge";
import { StatusBadge } from "@/components/aspirations/status-badge";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader, Pagination } from "@/components/ui/misc";
import { ASPIRATION_STATUSES, CHANNEL_LABELS } from "@/lib/aspirations/constants";
import { formOptions } from "@/lib/aspirations/options";
import { listStaffQueue } from "@/lib/aspirations/staff";
import { can } from "@/lib/auth/guard";
import { requirePageActor } from "@/lib/auth/page";
import { formatDate } from "@/lib/format";
import { Cell, DataTable, Row } from "@/components/ui/table";

export const metadata: Metadata = { title: "Aspirasi (SIAP)" };

export default async function TriagePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageActor("aspiration.triage");
  const sp = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const [opts, list] = await Promise.all([formOptions(), listStaffQueue(actor, sp)]);
  const q = list.query;
  const filters = { q: q.q, kecamatan: q.kecamatan, kategori: q.kategori, status: q.status, kanal: q.kanal };
  return (
    <div className="space-y-4">
      <PageHeader
        title="Aspirasi (SIAP)"
        description="Antrean verifikasi dan tindak lanjut. Tenggat mengikuti SP4N-LAPOR!: verifikasi 3 hari kerja, tanggapan pertama 5 hari kerja."
        actions={
          <>
            <ButtonLink href="/sekretariat/aspirasi/baru">Catat aspirasi</ButtonLink>
            <ButtonLink variant="secondary" href={`/api/v1/aspirasi/ekspor${queryString(filters)}`}>
              Ekspor CSV
            </ButtonLink>
            <ButtonLink variant="secondary" href={`/api/v1/aspirasi/ekspor${queryString(filters, { format: "xlsx" })}`}>
              Ekspor XLSX
            </ButtonLink>
            {can(actor, "aspiration.categories.manage") ? (
              <ButtonLink variant="secondary" href="/sekretariat/aspirasi/kategori">
                Kategori
              </ButtonLink>
            ) : null}
          </>
        }
      />
      <ListFilters
        action="/sekretariat/aspirasi"
        values={q}
        kecamatan={opts.kecamatan}
        categories={opts.categories}
        statuses={ASPIRATION_STATUSES}
      />
      {list.items.length === 0 ? (
        <EmptyState title="Tidak ada aspirasi yang cocok" />
      ) : (
        <DataTable
          label="Daftar aspirasi"
          caption={<>Antrean aspirasi, {list.total} data</>}
          columns={["Kode", "Judul", "Wilayah", "Status", "Tenggat", "Masuk"]}
        >
          {list.items.map((a) => (
            <Row key={a.id}>
              <Cell className="font-mono">
                <Link href={`/sekretariat/aspirasi/${a.id}`}>{a.trackingCode}</Link>
              </Cell>
              <Cell>
                {a.title}
                <div className="text-xs text-slate-600">
                  {a.category} · {CHANNEL_LABELS[a.channel]}
                </div>
              </Cell>
              <Cell>{a.kelurahan ? `${a.kelurahan}, ${a.kecamatan}` : "Seluruh kota"}</Cell>
              <Cell>
                <StatusBadge status={a.status} />
              </Cell>
              <Cell>{a.sla ? <SlaBadge sla={a.sla} /> : "—"}</Cell>
              <Cell>{formatDate(a.createdAt)}</Cell>
            </Row>
          ))}
        </DataTable>
      )}
      <Pagination
        page={list.page}
        pageSize={list.pageSize}
        total={list.total}
        href={(p) => `/sekretariat/aspirasi${queryString(filters, { hal: p })}`}
      />
    </div>
  );
}
