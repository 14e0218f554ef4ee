/** Colour steps of a choropleth with their value ranges. */
export function MapLegend({ steps }: { steps: { fill: string; label: string }[] }) {
  return (
    <ul className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-800" aria-label="Keterangan warna">
      {steps.map((s) => (
        <li key={s.label} className="flex items-center gap-1">
          <span
            aria-hidden="true"
            className="inline-block h-3 w-4 rounded-sm border border-slate-300"
            style={{ background: s.fill }}
          />
          {s.label}
        </li>
      ))}
    </ul>
  );
}
