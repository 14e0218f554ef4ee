import { describe, expect, it } from "vitest";
import { bboxOf, contains, fitProjection, labelPoint, pathOf, ringArea, type Geometry } from "@/lib/maps/geo";
import { BOUNDARY_CREDIT, kecamatanShapes, kelurahanShapes, locatePoint } from "@/lib/maps/boundaries";

const square: Geometry = {
  type: "Polygon",
  coordinates: [
    [
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 2],
      [0, 0],
    ],
    [
      [0.5, 0.5],
      [0.5, 1],
      [1, 1],
      [1, 0.5],
      [0.5, 0.5],
    ],
  ],
};

describe("map geometry", () => {
  it("fits a projection: west-north corner at the padding, y grows southwards, width kept", () => {
    const p = fitProjection(bboxOf([square]), 104, 2);
    expect(p.width).toBe(104);
    expect(p.project([0, 2])).toEqual([2, 2]);
    const [x, y] = p.project([2, 0]);
    expect(x).toBeCloseTo(102);
    expect(y).toBeCloseTo(p.height - 2, 0);
  });

  it("scales longitudes by cos(latitude) so shapes keep their proportions", () => {
    const g: Geometry = {
      type: "Polygon",
      coordinates: [
        [
          [0, 60],
          [2, 60],
          [2, 61],
          [0, 61],
          [0, 60],
        ],
      ],
    };
    const p = fitProjection(bboxOf([g]), 100, 0);
    // 2° of longitude at ~60.5° N are about as long as 1° of latitude: the box is nearly square.
    expect(p.height).toBeGreaterThan(95);
    expect(p.height).toBeLessThan(105);
  });

  it("writes one closed subpath per ring, without repeating the closing point", () => {
    const d = pathOf(square, ([x, y]) => [x * 10, y * 10]);
    expect(d).toBe("M0 0l20 0 0 20-20 0zM5 5l0 5 5 0 0-5z");
  });

  it("writes tenths without a leading zero and drops points that round onto the previous one", () => {
    const tri: Geometry = {
      type: "Polygon",
      coordinates: [
        [
          [0.04, 0],
          [0.52, -1.25],
          [0.53, -1.24],
          [1, 0.5],
          [0, 0],
        ],
      ],
    };
    expect(pathOf(tri, ([x, y]) => [x, y])).toBe("M0 0l.5-1.2 .5 1.7z");
    // A ring that rounds to fewer than three points draws nothing.
    const speck: Geometry = {
      type: "Polygon",
      coordinates: [
        [
          [0, 0],
          [0.01, 0],
          [0.01, 0.01],
          [0, 0],
        ],
      ],
    };
    expect(pathOf(speck, ([x, y]) => [x, y])).toBe("");
  });

  it("relative moves land on the rounded points of every ring: no drift along a long outline", () => {
    const ring: [number, number][] = Array.from({ length: 2000 }, (_, i) => {
      const a = (i / 2000) * 2 * Math.PI;
      return [50 + 40 * Math.cos(a) + 0.037 * i, 50 + 40 * Math.sin(a)];
    });
    const d = pathOf({ type: "Polygon", coordinates: [ring] }, (p) => p);
    const [, start, rest] = /^M([^l]+)l(.*)z$/.exec(d)!;
    const nums = (t: string) => (t.match(/-?\d*\.?\d+/g) ?? []).map(Number);
    let [x, y] = nums(start);
    const moves = nums(rest);
    const points = [[x, y]];
    for (let i = 0; i < moves.length; i += 2) points.push([(x += moves[i]), (y += moves[i + 1])]);
    const last = points[points.length - 1];
    const rounded = (v: number) => Math.round(v * 10) / 10;
    expect(last[0]).toBeCloseTo(rounded(ring[1999][0]), 6);
    expect(last[1]).toBeCloseTo(rounded(ring[1999][1]), 6);
    expect(points.length).toBeGreaterThan(1500);
  });

  it("finds points inside polygons and outside their holes", () => {
    expect(contains(square, [1.5, 1.5])).toBe(true);
    expect(contains(square, [0.75, 0.75])).toBe(false);
    expect(contains(square, [3, 1])).toBe(false);
  });

  it("puts labels at the centroid of the largest polygon, signed areas by orientation", () => {
    expect(ringArea(square.coordinates[0])).toBe(4);
    expect(ringArea(square.coordinates[1])).toBe(-0.25);
    const multi: Geometry = {
      type: "MultiPolygon",
      coordinates: [
        [
          [
            [10, 10],
            [10.1, 10],
            [10.1, 10.1],
            [10, 10],
          ],
        ],
        square.coordinates.slice(0, 1),
      ],
    };
    expect(labelPoint(multi)).toEqual([1, 1]);
  });
});

describe("Balikpapan boundaries", () => {
  it("has 6 kecamatan and 34 kelurahan, each matched to the reference names", () => {
    expect(kecamatanShapes().shapes).toHaveLength(6);
    const kel = kelurahanShapes().shapes;
    expect(kel).toHaveLength(34);
    expect(kel.find((k) => k.code === "64.71.02.1006")?.name).toBe("Margasari");
    expect(new Set(kel.map((k) => k.slug)).size).toBe(34);
    expect(BOUNDARY_CREDIT).toContain("Badan Informasi Geospasial");
  });

  it("locates a point in its kelurahan (the centroid of Klandasan Ilir) and nothing at sea", () => {
    const k = kelurahanShapes().shapes.find((s) => s.name === "Klandasan Ilir")!;
    expect(locatePoint(k.center[1], k.center[0])?.name).toBe("Klandasan Ilir");
    expect(locatePoint(-1.35, 116.9)).toBeNull();
  });
});

describe("map colouring", () => {
  it("shades in equal steps up to the maximum, zero in the lightest colour", async () => {
    const { choropleth } = await import("@/lib/maps/view");
    const c = choropleth(
      new Map([
        ["a", 0],
        ["b", 1],
        ["c", 10],
      ]),
    );
    expect(c.legend.map((l) => l.label)).toEqual(["0", "1–2", "3–4", "5–6", "7–8", "9–10"]);
    expect(c.fill(0)).toBe(c.legend[0].fill);
    expect(c.fill(2)).toBe(c.legend[1].fill);
    expect(c.fill(3)).toBe(c.legend[2].fill);
    expect(c.fill(10)).toBe(c.legend[5].fill);
    expect(choropleth(new Map([["a", 2]])).legend.map((l) => l.label)).toEqual(["0", "1", "2"]);
  });

  it("highlights the named areas only", async () => {
    const { highlight, MAP_COLORS } = await import("@/lib/maps/view");
    const m = highlight(kecamatanShapes(), ["Balikpapan Kota"], (n, on) => (on ? `${n} (dapil)` : n));
    expect(m.get("balikpapan-kota")).toMatchObject({ fill: MAP_COLORS.on, label: "Balikpapan Kota (dapil)" });
    expect(m.get("balikpapan-utara")?.fill).toBe(MAP_COLORS.off);
  });
});
