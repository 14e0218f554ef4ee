/** Server-rendered charts (no client JS): horizontal bars and the kecamatan choropleth. */

export function BarChart({ title, rows, unit = "" }: { title: string; rows: { label: string; value: number }[]; unit?: string }) {
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
                    <div className="h-4 rounded bg-brand-700" style={{ width: `${Math.max(2, (r.value / max) * 100)}%` }} aria-hidden="true" />
                    <span className="tabular-nums">
                      {r.value.toLocaleString("id-ID")}
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

/**
 * Schematic shapes of Balikpapan's six kecamatan (relative positions, not survey boundaries),
 * keyed by name. Utara in the north, Barat on the bay in the west, Timur in the east, and Tengah,
 * Kota and Selatan along the southern coast.
 */
const SHAPES: Record<string, { d: string; x: number; y: number }> = {
  "Balikpapan Utara": { d: "M70,20 L250,20 L260,120 L200,140 L120,140 L80,110 Z", x: 165, y: 80 },
  "Balikpapan Barat": { d: "M10,90 L80,110 L120,140 L110,200 L40,210 L10,160 Z", x: 60, y: 160 },
  "Balikpapan Timur": { d: "M260,120 L330,110 L345,210 L280,220 L250,170 Z", x: 300, y: 165 },
  "Balikpapan Tengah": { d: "M120,140 L170,140 L175,205 L110,200 Z", x: 145, y: 175 },
  "Balikpapan Kota": { d: "M110,200 L175,205 L180,245 L100,240 Z", x: 142, y: 228 },
  "Balikpapan Selatan": { d: "M170,140 L200,140 L260,120 L250,170 L280,220 L240,250 L180,245 L175,205 Z", x: 222, y: 195 },
};

const SHADES = ["#e0ecf8", "#b3cde8", "#7faad6", "#4a83bf", "#1f5c9e", "#0b3d73"];

export function KecamatanChoropleth({ data }: { data: { name: string; value: number }[] }) {
  const max = Math.max(1, ...data.map((d) => d.value));
  const byName = new Map(data.map((d) => [d.name, d.value]));
  const shade = (v: number) => SHADES[Math.min(SHADES.length - 1, Math.floor((v / max) * (SHADES.length - 1)))];
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-4">
      <figcaption className="mb-3 font-bold">Sebaran aspirasi per kecamatan (peta skematis)</figcaption>
      <svg viewBox="0 0 360 260" role="img" aria-labelledby="peta-judul peta-desk" className="h-auto w-full max-w-lg">
        <title id="peta-judul">Peta jumlah aspirasi per kecamatan di Kota Balikpapan</title>
        <desc id="peta-desk">{data.map((d) => `${d.name}: ${d.value}`).join("; ")}</desc>
        {Object.entries(SHAPES).map(([name, s]) => {
          const v = byName.get(name) ?? 0;
          const fill = shade(v);
          const dark = SHADES.indexOf(fill) >= 3;
          return (
            <g key={name}>
              <path d={s.d} fill={fill} stroke="#fff" strokeWidth={2} />
              <text x={s.x} y={s.y} textAnchor="middle" fontSize={10} fill={dark ? "#fff" : "#0f172a"}>
                {name.replace("Balikpapan ", "")}
              </text>
              <text x={s.x} y={s.y + 12} textAnchor="middle" fontSize={10} fontWeight={700} fill={dark ? "#fff" : "#0f172a"}>
                {v}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
