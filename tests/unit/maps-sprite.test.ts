import { describe, expect, it } from "vitest";
import { kecamatanShapes, kelurahanShapes } from "@/lib/maps/boundaries";
import { boundarySprite, SPRITE_PATH, spriteHref, spriteId } from "@/lib/maps/sprite";
import { GET } from "@/app/api/peta/batas.svg/route";

describe("boundary sprite", () => {
  it("holds one path per kelurahan and kecamatan, with unique ids and no paint of its own", () => {
    const { svg } = boundarySprite();
    const ids = [...svg.matchAll(/<path id="([^"]+)"/g)].map((m) => m[1]);
    const kel = kelurahanShapes();
    const kec = kecamatanShapes();
    expect(ids).toHaveLength(kel.shapes.length + kec.shapes.length);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of kel.shapes) expect(svg).toContain(`<path id="${spriteId(kel, s)}" d="${s.d}"`);
    for (const s of kec.shapes) expect(ids).toContain(`kec-${s.slug}`);
    // The <use> on the page paints each shape: a fill or stroke here would override the page's colours.
    expect(svg).not.toMatch(/\b(fill|stroke)=/);
  });

  it("a shape's URL carries the sprite's content version and the shape's id", () => {
    const kel = kelurahanShapes();
    const { version, etag } = boundarySprite();
    expect(etag).toBe(`"${etag.slice(1, -1)}"`);
    expect(etag.slice(1, 13)).toBe(version);
    expect(spriteHref(kel, kel.shapes[0])).toBe(`${SPRITE_PATH}?v=${version}#kel-${kel.shapes[0].slug}`);
  });

  it("the route serves it cacheable for a year, and a repeat with the ETag answers 304 without a body", async () => {
    const first = GET(new Request(`http://x${SPRITE_PATH}`));
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toMatch(/^image\/svg\+xml/);
    expect(first.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(await first.text()).toBe(boundarySprite().svg);
    const repeat = GET(
      new Request(`http://x${SPRITE_PATH}`, { headers: { "if-none-match": first.headers.get("etag")! } }),
    );
    expect(repeat.status).toBe(304);
    expect(await repeat.text()).toBe("");
  });
});
