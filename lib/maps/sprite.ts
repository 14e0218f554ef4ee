import "server-only";
import { createHash } from "node:crypto";
import { kecamatanShapes, kelurahanShapes, type Shape, type ShapeSet } from "./boundaries";

/**
 * The boundary geometry as one SVG file, fetched once and cached by the browser: a map on a page is then
 * a list of `<use href="…#kel-slug">` with the page's colours, instead of ~27 KB of path data that an App
 * Router page would carry twice (in the HTML and again in its RSC payload). The paths have no fill or
 * stroke of their own, so each `<use>` paints them.
 */
export const SPRITE_PATH = "/api/peta/batas.svg";

/** The id of a shape in the sprite. */
export const spriteId = (set: Pick<ShapeSet, "layer">, shape: Pick<Shape, "slug">) => `${set.layer}-${shape.slug}`;

let sprite: { svg: string; etag: string; version: string } | undefined;

/** The sprite's SVG text, its strong ETag and the short version that makes its URL immutable. */
export function boundarySprite(): { svg: string; etag: string; version: string } {
  if (sprite) return sprite;
  const paths = [kelurahanShapes(), kecamatanShapes()].flatMap((set) =>
    set.shapes.map((s) => `<path id="${spriteId(set, s)}" d="${s.d}" fill-rule="evenodd"/>`),
  );
  const svg = `<svg xmlns="http://www.w3.org/2000/svg"><defs>${paths.join("")}</defs></svg>\n`;
  const sha = createHash("sha256").update(svg).digest("hex");
  sprite = { svg, etag: `"${sha}"`, version: sha.slice(0, 12) };
  return sprite;
}

/** The URL of one shape in the sprite, versioned by the sprite's content. */
export function spriteHref(set: Pick<ShapeSet, "layer">, shape: Pick<Shape, "slug">): string {
  return `${SPRITE_PATH}?v=${boundarySprite().version}#${spriteId(set, shape)}`;
}
