import type { PersonalRecord } from "@/lib/privacy/sources";
import { Cell, DataTable, Row } from "@/components/ui/table";
import { formatDateTime } from "@/lib/format";

/** The records that hold one person's data, with every stored personal field. */
export function RecordsTable({ records }: { records: PersonalRecord[] }) {
  if (records.length === 0) return <p className="text-sm text-slate-700">Tidak ada catatan.</p>;
  return (
    <DataTable
      label="Catatan yang memuat data pribadi"
      caption="Catatan yang memuat data pribadi"
      columns={["Kode", "Layanan", "Judul", "Nama", "Email", "Telepon", "Dibuat", "Status"]}
    >
      {records.map((r) => (
        <Row key={`${r.source}-${r.trackingCode}`}>
          <Cell className="font-mono">{r.trackingCode}</Cell>
          <Cell>{r.source}</Cell>
          <Cell>{r.title}</Cell>
          <Cell>{r.name ?? "—"}</Cell>
          <Cell>{r.email ?? "—"}</Cell>
          <Cell>{r.phone ?? "—"}</Cell>
          <Cell className="whitespace-nowrap">{formatDateTime(r.createdAt)}</Cell>
          <Cell>{r.status}</Cell>
        </Row>
      ))}
    </DataTable>
  );
}
