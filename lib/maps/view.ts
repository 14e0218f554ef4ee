import type { ShapeSet } from "./boundaries";

/** One area of a map as drawn. */
export interface MapArea {
  slug: string;
  fill: string;
  /** Accessible name of the area (also its tooltip). */
  label: string;
  /** When set, the area is a link (selecting it works without JavaScript). */
  href?: string;
  selected?: boolean;
}

/** Map colours: highlighted areas in the brand blue, others neutral. */
export const MAP_COLORS = { on: "#4a83bf", off: "#e2e8f0", selected: "#1f5c9e" } as const;

/** Areas of a shape set with the named ones highlighted (pure). */
export function highlight(
  set: ShapeSet,
  names: string[],
  label: (name: string, on: boolean) => string,
): Map<string, MapArea> {
  const on = new Set(names);
  return new Map(
    set.shapes.map((s) => [
      s.slug,
      { slug: s.slug, fill: on.has(s.name) ? MAP_COLORS.on : MAP_COLORS.off, label: label(s.name, on.has(s.name)) },
    ]),
  );
}

const SHADES = ["#eef6fb", "#b3cde8", "#7faad6", "#4a83bf", "#1f5c9e", "#0b3d73"];

/** Choropleth colours in equal steps up to the maximum, with legend labels (pure). */
export function choropleth(values: Map<string, number>): {
  fill: (v: number) => string;
  legend: { fill: string; label: string }[];
} {
  const max = Math.max(1, ...values.values());
  const step = Math.ceil(max / (SHADES.length - 1));
  const fill = (v: number) => (v <= 0 ? SHADES[0] : SHADES[Math.min(SHADES.length - 1, Math.ceil(v / step))]);
  const legend = [
    { fill: SHADES[0], label: "0" },
    ...SHADES.slice(1).map((c, i) => ({
      fill: c,
      label: step === 1 ? `${i + 1}` : `${i * step + 1}–${(i + 1) * step}`,
    })),
  ].filter((l, i) => i === 0 || (i - 1) * step + 1 <= max);
  return { fill, legend };
}
