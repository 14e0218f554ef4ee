import type { PersonalRecord } from "@/lib/privacy/sources";
import { ScrollRegion } from "@/components/ui/table";

const fmt = (d: Date | string) => new Date(d).toLocaleString("id-ID", { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Makassar" });

/** The records that hold one person's data, with every stored personal field. */
export function RecordsTable({ records }: { records: PersonalRecord[] }) {
  if (records.length === 0) return <p className="text-sm text-slate-700">Tidak ada catatan.</p>;
  return (
    <ScrollRegion label="Catatan yang memuat data pribadi">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">Catatan yang memuat data pribadi</caption>
        <thead className="bg-slate-50 text-left">
          <tr>
            <th scope="col" className="px-3 py-2">Kode</th>
            <th scope="col" className="px-3 py-2">Layanan</th>
            <th scope="col" className="px-3 py-2">Judul</th>
            <th scope="col" className="px-3 py-2">Nama</th>
            <th scope="col" className="px-3 py-2">Email</th>
            <th scope="col" className="px-3 py-2">Telepon</th>
            <th scope="col" className="px-3 py-2">Dibuat</th>
            <th scope="col" className="px-3 py-2">Status</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {records.map((r) => (
            <tr key={`${r.source}-${r.trackingCode}`}>
              <td className="px-3 py-2 font-mono">{r.trackingCode}</td>
              <td className="px-3 py-2">{r.source}</td>
              <td className="px-3 py-2">{r.title}</td>
              <td className="px-3 py-2">{r.name ?? "—"}</td>
              <td className="px-3 py-2">{r.email ?? "—"}</td>
              <td className="px-3 py-2">{r.phone ?? "—"}</td>
              <td className="px-3 py-2 whitespace-nowrap">{fmt(r.createdAt)}</td>
              <td className="px-3 py-2">{r.status}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
