import { slugify } from "@/lib/seed/reference";
import kecamatanGeo from "./data/balikpapan-kecamatan.geo.json";
import kelurahanGeo from "./data/balikpapan-kelurahan.geo.json";
import { bboxOf, contains, fitProjection, labelPoint, pathOf, type Geometry, type Position } from "./geo";

/** Credit line required by the boundary data's source (see lib/maps/data/NOTICE.md). */
export const BOUNDARY_CREDIT =
  "Batas wilayah: Badan Informasi Geospasial, via cahyadsn/wilayah_boundaries (MIT). Batas indikatif, bukan batas hukum.";

/** Width of every map's viewBox; the height follows the city's proportions. */
export const MAP_WIDTH = 360;

export interface Shape {
  code: string;
  name: string;
  /** Same slug as the reference kelurahan table (`kelurahan.slug`); for kecamatan, of its name. */
  slug: string;
  kecamatan: string;
  d: string;
  /** Label position in the SVG. */
  label: Position;
  /** Label position as `[lon, lat]`. */
  center: Position;
  geometry: Geometry;
}

export interface ShapeSet {
  /** Which layer: the id prefix of its shapes in the boundary sprite (lib/maps/sprite.ts). */
  layer: "kel" | "kec";
  width: number;
  height: number;
  shapes: Shape[];
}

type Feature = { properties: Record<string, string>; geometry: Geometry };
const kelFeatures = (kelurahanGeo as unknown as { features: Feature[] }).features;
const kecFeatures = (kecamatanGeo as unknown as { features: Feature[] }).features;
// One projection for both layers so kecamatan outlines sit exactly on their kelurahan.
const projection = fitProjection(bboxOf(kecFeatures.map((f) => f.geometry)), MAP_WIDTH);

function build(layer: ShapeSet["layer"], features: Feature[], name: (p: Record<string, string>) => string): ShapeSet {
  const shapes = features.map((f) => {
    const center = labelPoint(f.geometry);
    return {
      code: f.properties.kode,
      name: name(f.properties),
      slug: slugify(name(f.properties)),
      kecamatan: f.properties.kecamatan,
      d: pathOf(f.geometry, projection.project),
      label: projection.project(center),
      center,
      geometry: f.geometry,
    };
  });
  return { layer, width: projection.width, height: projection.height, shapes };
}

let kel: ShapeSet | undefined;
let kec: ShapeSet | undefined;

/** The 34 kelurahan, projected once per process. */
export function kelurahanShapes(): ShapeSet {
  return (kel ??= build("kel", kelFeatures, (p) => p.kelurahan));
}

/** The 6 kecamatan, projected once per process. */
export function kecamatanShapes(): ShapeSet {
  return (kec ??= build("kec", kecFeatures, (p) => p.kecamatan));
}

/** The kelurahan containing a phone's position, or null outside the city's land. */
export function locatePoint(lat: number, lon: number): Shape | null {
  return kelurahanShapes().shapes.find((s) => contains(s.geometry, [lon, lat])) ?? null;
}
