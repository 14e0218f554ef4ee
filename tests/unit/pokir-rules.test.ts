import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "@/lib/inbox/query";
import { completenessChecklist, isComplete } from "@/lib/pokir/checklist";
import { canTransition, POKIR_STATUSES } from "@/lib/pokir/constants";
import { isOpen, periodDateErrors } from "@/lib/pokir/periods";
import { proposalContentSchema } from "@/lib/pokir/schema";
import { canSeeAspiration } from "@/lib/aspirations/policy";
import { canSeePokir } from "@/lib/pokir/policy";

describe("pokir period rules", () => {
  it("closes at least 7 days before the Musrenbang", () => {
    expect(periodDateErrors({ opensOn: "2027-01-01", closesOn: "2027-02-22", musrenbangOn: "2027-03-01" })).toEqual({});
    expect(
      periodDateErrors({ opensOn: "2027-01-01", closesOn: "2027-02-23", musrenbangOn: "2027-03-01" }).closesOn?.[0],
    ).toContain("paling lambat 2027-02-22");
    expect(
      periodDateErrors({ opensOn: "2027-03-01", closesOn: "2027-02-01", musrenbangOn: "2027-04-01" }).closesOn?.[0],
    ).toContain("sesudah tanggal buka");
  });
  it("is open between opening and closing, never once finalised", () => {
    const p = { opensAt: new Date("2027-01-01"), closesAt: new Date("2027-02-01"), finalizedAt: null };
    expect(isOpen(p, new Date("2027-01-15"))).toBe(true);
    expect(isOpen(p, new Date("2027-02-01"))).toBe(false);
    expect(isOpen({ ...p, finalizedAt: new Date() }, new Date("2027-01-15"))).toBe(false);
  });
});

describe("completeness checklist", () => {
  const full = { address: "Jl. Mawar No. 1", rt: "01", kelurahanId: 3, volume: 10, unit: "meter", photoCount: 1 };
  it("needs a full address, a photo and a volume with unit", () => {
    expect(isComplete(full)).toBe(true);
    expect(completenessChecklist({ ...full, photoCount: 0 }).find((c) => c.key === "foto")?.ok).toBe(false);
    expect(completenessChecklist({ ...full, unit: " " }).find((c) => c.key === "volume")?.ok).toBe(false);
    expect(completenessChecklist({ ...full, rt: "" }).find((c) => c.key === "alamat")?.ok).toBe(false);
  });
});

describe("status flow", () => {
  it("follows the pokir rules: returned items are fixable, rejected ones are final", () => {
    expect(canTransition("diajukan", "diverifikasi")).toBe(true);
    expect(canTransition("dikembalikan", "diajukan")).toBe(true);
    expect(canTransition("diverifikasi", "diadopsi")).toBe(true);
    expect(canTransition("diinput_sipd", "diakomodir")).toBe(true);
    for (const s of POKIR_STATUSES) expect(canTransition("ditolak", s)).toBe(false);
    expect(canTransition("diajukan", "diadopsi")).toBe(false);
  });
});

describe("numbers typed by people", () => {
  const base = {
    title: "Judul usulan",
    masalah: "Masalah yang cukup panjang",
    usulan: "Usulan yang cukup panjang",
    kelurahanId: "1",
    rt: "1",
    address: "Jl. Mawar 1",
    unit: "m",
  };
  it("accepts Indonesian notation and refuses negatives", () => {
    expect(proposalContentSchema.parse({ ...base, volume: "1.500,5", estimatedCost: "Rp 150.000.000" })).toMatchObject({
      volume: 1500.5,
      estimatedCost: 150000000,
    });
    expect(proposalContentSchema.safeParse({ ...base, volume: "-1" }).success).toBe(false);
    expect(proposalContentSchema.safeParse({ ...base, volume: "abc" }).error?.issues[0].message).toBe(
      "Volume harus berupa angka.",
    );
  });
});

describe("visibility", () => {
  const m = { role: "member" as const, dapilId: 1, komisiId: 2 };
  it("aspirations: routed to the dapil or the komisi, not while new, rejected or merged", () => {
    expect(canSeeAspiration(m, { status: "diverifikasi", routedToDapil: true, dapilId: 1, routedKomisiId: null })).toBe(
      true,
    );
    expect(
      canSeeAspiration(m, { status: "diverifikasi", routedToDapil: false, dapilId: 1, routedKomisiId: null }),
    ).toBe(false);
    expect(canSeeAspiration(m, { status: "selesai", routedToDapil: false, dapilId: 3, routedKomisiId: 2 })).toBe(true);
    expect(canSeeAspiration(m, { status: "diterima", routedToDapil: true, dapilId: 1, routedKomisiId: 2 })).toBe(false);
  });
  it("pokir: own dapil once verified", () => {
    expect(canSeePokir(m, { dapilId: 1, status: "diajukan" })).toBe(false);
    expect(canSeePokir(m, { dapilId: 1, status: "diadopsi" })).toBe(true);
    expect(canSeePokir(m, { dapilId: 2, status: "diadopsi" })).toBe(false);
  });
});

describe("inbox cursor", () => {
  it("round-trips and ignores junk", () => {
    const at = new Date("2026-11-01T10:00:00Z");
    expect(decodeCursor(encodeCursor(at, "00000000-0000-4000-8000-000000000001"))).toEqual({
      at: at.toISOString(),
      id: "00000000-0000-4000-8000-000000000001",
    });
    expect(decodeCursor("'; drop table x;--")).toBeNull();
  });
});
