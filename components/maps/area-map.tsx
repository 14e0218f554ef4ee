import type { ShapeSet } from "@/lib/maps/boundaries";
import type { MapArea } from "@/lib/maps/view";
import { BOUNDARY_CREDIT } from "@/lib/maps/boundaries";
import { spriteHref } from "@/lib/maps/sprite";

/**
 * A server-rendered SVG map of real boundaries: one shape per area, drawn from the cached boundary
 * sprite (lib/maps/sprite.ts) with this page's colours, optional links, an optional outline layer
 * (kecamatan over kelurahan) and the data's credit line.
 */
export function AreaMap({
  shapes,
  areas,
  outline,
  title,
  id,
  labels,
}: {
  shapes: ShapeSet;
  areas: Map<string, MapArea>;
  outline?: ShapeSet;
  title: string;
  id: string;
  labels?: { x: number; y: number; text: string }[];
}) {
  const interactive = [...areas.values()].some((a) => a.href);
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-3">
      <svg
        viewBox={`0 0 ${shapes.width} ${shapes.height}`}
        className="h-auto w-full max-w-lg"
        {...(interactive
          ? { role: "group", "aria-labelledby": `${id}-t` }
          : { role: "img", "aria-labelledby": `${id}-t` })}
      >
        <title id={`${id}-t`}>{title}</title>
        {shapes.shapes.map((s) => {
          const a = areas.get(s.slug);
          const path = (
            <use
              href={spriteHref(shapes, s)}
              fill={a?.fill ?? "#e2e8f0"}
              stroke={a?.selected ? "#0f172a" : "#ffffff"}
              strokeWidth={a?.selected ? 2 : 0.8}
            />
          );
          return a?.href ? (
            <a
              key={s.code}
              href={a.href}
              aria-label={a.label}
              aria-current={a.selected ? "true" : undefined}
              className="focus:outline-none [&:focus>use]:stroke-amber-500 [&:focus>use]:stroke-[3]"
            >
              <title>{a.label}</title>
              {path}
            </a>
          ) : (
            <g key={s.code}>{path}</g>
          );
        })}
        {outline?.shapes.map((s) => (
          <use
            key={s.code}
            href={spriteHref(outline, s)}
            fill="none"
            stroke="#334155"
            strokeWidth={1.2}
            pointerEvents="none"
          />
        ))}
        {labels?.map((l) => (
          <text
            key={l.text}
            x={l.x}
            y={l.y}
            textAnchor="middle"
            fontSize={11}
            fontWeight={700}
            fill="#0f172a"
            stroke="#ffffff"
            strokeWidth={3}
            paintOrder="stroke"
          >
            {l.text}
          </text>
        ))}
      </svg>
      <figcaption className="mt-2 text-xs text-slate-700">{BOUNDARY_CREDIT}</figcaption>
    </figure>
  );
}
