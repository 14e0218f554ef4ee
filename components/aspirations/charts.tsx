import { formatNumber } from "@/lib/format";

/** Server-rendered charts (no client JS): horizontal bars and the kecamatan choropleth. */

export function BarChart({
  title,
  rows,
  unit = "",
}: {
  title: string;
  rows: { label: string; value: number }[];
  unit?: string;
}) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-4">
      <figcaption className="mb-3 font-bold">{title}</figcaption>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600">Belum ada data.</p>
      ) : (
        <table className="w-full text-sm">
          <thead className="sr-only">
            <tr>
              <th scope="col">Kelompok</th>
              <th scope="col">Jumlah</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.label}>
                <th scope="row" className="w-2/5 py-1 pr-2 text-left font-normal">
                  {r.label}
                </th>
                <td className="py-1">
                  <div className="flex items-center gap-2">
                    <div
                      className="h-4 rounded bg-brand-700"
                      style={{ width: `${Math.max(2, (r.value / max) * 100)}%` }}
                      aria-hidden="true"
                    />
                    <span className="tabular-nums">
                      {formatNumber(r.value)}
                      {unit}
                    </span>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </figure>
  );
}
