import type { ShapeSet } from "@/lib/maps/boundaries";
import type { MapArea } from "@/lib/maps/view";
import { AreaMap } from "./area-map";
import { MapLegend } from "./legend";
import { formatNumber } from "@/lib/format";

/** Aspirations per kelurahan on the real boundaries, with a legend and the numbers as a list for screen readers. */
export function KelurahanChoropleth({
  shapes,
  outline,
  areas,
  legend,
  rows,
}: {
  shapes: ShapeSet;
  outline: ShapeSet;
  areas: Map<string, MapArea>;
  legend: { fill: string; label: string }[];
  rows: { name: string; n: number }[];
}) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="mb-3 font-bold">Sebaran aspirasi per kelurahan</h2>
      <AreaMap
        id="peta-aspirasi"
        shapes={shapes}
        outline={outline}
        areas={areas}
        title="Peta jumlah aspirasi per kelurahan di Kota Balikpapan; garis tebal = batas kecamatan"
      />
      <MapLegend steps={legend} />
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer">Angka per kelurahan</summary>
        <ul className="mt-1 columns-2 text-slate-800">
          {rows.map((r) => (
            <li key={r.name}>
              {r.name}: {formatNumber(r.n)}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
