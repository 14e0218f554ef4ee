/**
 * Pure geometry for server-rendered SVG maps: a fitted equirectangular projection, SVG path strings,
 * label points and point-in-polygon. Coordinates are GeoJSON `[lon, lat]`; no client map library.
 */

export type Position = [number, number];
export type Ring = Position[];
export type Geometry = { type: "Polygon"; coordinates: Ring[] } | { type: "MultiPolygon"; coordinates: Ring[][] };
export type BBox = { minLon: number; minLat: number; maxLon: number; maxLat: number };

/** The polygons of a geometry (a Polygon is one polygon). */
export function polygonsOf(g: Geometry): Ring[][] {
  return g.type === "Polygon" ? [g.coordinates] : g.coordinates;
}

/** Bounding box of some geometries. */
export function bboxOf(geoms: Geometry[]): BBox {
  const b = { minLon: Infinity, minLat: Infinity, maxLon: -Infinity, maxLat: -Infinity };
  for (const g of geoms)
    for (const poly of polygonsOf(g))
      for (const ring of poly)
        for (const [lon, lat] of ring) {
          b.minLon = Math.min(b.minLon, lon);
          b.maxLon = Math.max(b.maxLon, lon);
          b.minLat = Math.min(b.minLat, lat);
          b.maxLat = Math.max(b.maxLat, lat);
        }
  return b;
}

export interface Projection {
  width: number;
  height: number;
  project: (p: Position) => Position;
}

/**
 * An equirectangular projection fitted to `width` (plus `pad` on each side): longitudes are scaled by
 * cos(mid latitude) so shapes keep their proportions at this small scale, and y grows southwards.
 */
export function fitProjection(b: BBox, width: number, pad = 4): Projection {
  const k = Math.cos((((b.minLat + b.maxLat) / 2) * Math.PI) / 180);
  const spanX = Math.max((b.maxLon - b.minLon) * k, 1e-9);
  const spanY = Math.max(b.maxLat - b.minLat, 1e-9);
  const scale = (width - 2 * pad) / spanX;
  const height = Math.round(spanY * scale + 2 * pad);
  return {
    width,
    height,
    project: ([lon, lat]) => [pad + (lon - b.minLon) * k * scale, pad + (b.maxLat - lat) * scale],
  };
}

/** A length in tenths of a unit as SVG path text: "12.3", "-4", ".5", "-.5". */
function tenths(t: number): string {
  const a = Math.abs(t);
  const whole = Math.floor(a / 10);
  const s = `${whole === 0 && a % 10 ? "" : whole}${a % 10 ? `.${a % 10}` : ""}`;
  return t < 0 ? `-${s}` : s;
}

/** Numbers of a path command: a space between them, none before a minus sign. */
const joinNumbers = (ns: number[]) => ns.map((n, i) => (i > 0 && n >= 0 ? " " : "") + tenths(n)).join("");

/**
 * SVG path data of a geometry: one closed subpath per ring (holes drawn with fill-rule evenodd), at a tenth
 * of a unit. After the first point each ring is written as relative moves (`l`), which are about a third
 * shorter than absolute coordinates and compress better; they are taken between the points already rounded,
 * so the outline cannot drift however long the ring. Points that round onto the previous one are dropped.
 */
export function pathOf(g: Geometry, project: (p: Position) => Position): string {
  const parts: string[] = [];
  for (const poly of polygonsOf(g))
    for (const ring of poly) {
      const pts: Position[] = [];
      for (const p of ring) {
        const [x, y] = project(p);
        const q: Position = [Math.round(x * 10), Math.round(y * 10)];
        if (!pts.length || !samePoint(q, pts[pts.length - 1])) pts.push(q);
      }
      // GeoJSON repeats the first point at the end; `z` closes the ring, so a last point on the first goes.
      if (pts.length > 1 && samePoint(pts[0], pts[pts.length - 1])) pts.pop();
      if (pts.length < 3) continue;
      const moves = pts.slice(1).flatMap((p, i) => [p[0] - pts[i][0], p[1] - pts[i][1]]);
      parts.push(`M${joinNumbers(pts[0])}l${joinNumbers(moves)}z`);
    }
  return parts.join("");
}

function samePoint(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** Signed area of a ring (shoelace; positive when counter-clockwise in lon/lat). */
export function ringArea(ring: Ring): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) s += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  return s / 2;
}

/** Area-weighted centroid of the largest polygon's outer ring: where a label goes. */
export function labelPoint(g: Geometry): Position {
  const outer = polygonsOf(g)
    .map((p) => p[0])
    .sort((a, b) => Math.abs(ringArea(b)) - Math.abs(ringArea(a)))[0];
  const a = ringArea(outer);
  if (Math.abs(a) < 1e-15) return outer[0];
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = outer.length - 1; i < outer.length; j = i++) {
    const f = outer[j][0] * outer[i][1] - outer[i][0] * outer[j][1];
    cx += (outer[j][0] + outer[i][0]) * f;
    cy += (outer[j][1] + outer[i][1]) * f;
  }
  return [cx / (6 * a), cy / (6 * a)];
}

/** Ray casting: whether a point lies inside a ring. */
export function inRing([x, y]: Position, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether a `[lon, lat]` point lies inside a geometry (inside an outer ring and outside its holes). */
export function contains(g: Geometry, p: Position): boolean {
  return polygonsOf(g).some(([outer, ...holes]) => inRing(p, outer) && !holes.some((h) => inRing(p, h)));
}
