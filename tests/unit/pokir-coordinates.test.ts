import { describe, expect, it } from "vitest";
import { inBalikpapan, proposalContentSchema } from "@/lib/pokir/schema";

const base = {
  title: "Drainase tersumbat",
  masalah: "Saluran tersumbat sejak lama.",
  usulan: "Normalisasi saluran sepanjang 200 m.",
  kelurahanId: 1,
  rt: "01",
  address: "Jl. Mawar No. 1",
  volume: "200",
  unit: "meter",
};
const coords = (latitude: unknown, longitude: unknown) =>
  proposalContentSchema.safeParse({ ...base, latitude, longitude });
const errorsOf = (r: ReturnType<typeof coords>) =>
  r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [String(i.path[0]), i.message]));

describe("pokir coordinates", () => {
  it("accepts the form's own example: Balikpapan lies south of the equator", () => {
    const r = coords("-1.2379", "116.8529");
    expect(r.success).toBe(true);
    expect(r.success && [r.data.latitude, r.data.longitude]).toEqual([-1.2379, 116.8529]);
    expect(coords("-1,2379", "116,8529").success).toBe(true);
    expect(coords(-1.2379, 116.8529).success).toBe(true);
  });
  it("accepts the whole globe's range and refuses what lies outside it", () => {
    expect(coords("-90", "-180").success).toBe(true);
    expect(coords("90", "180").success).toBe(true);
    expect(errorsOf(coords("-90.5", "10"))).toEqual({ latitude: "Lintang harus antara −90 dan 90." });
    expect(errorsOf(coords("1", "-181"))).toEqual({ longitude: "Bujur harus antara −180 dan 180." });
    expect(errorsOf(coords("abc", ""))).toEqual({ latitude: "Lintang harus berupa angka." });
  });
  it("never says a latitude may not be negative", () => {
    for (const lat of ["-0.0001", "-1.2", "-45"])
      expect(JSON.stringify(errorsOf(coords(lat, "116.8")))).not.toContain("negatif");
  });
  it("tells points inside Balikpapan from points elsewhere", () => {
    expect(inBalikpapan(-1.2379, 116.8529)).toBe(true);
    expect(inBalikpapan(1.2379, 116.8529)).toBe(false);
    expect(inBalikpapan(-6.2, 106.8)).toBe(false);
  });
});
