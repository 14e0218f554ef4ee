import { describe, expect, it } from "vitest";
import { evaluateQuorum, quorumFromAttendance, requiredForQuorum } from "@/lib/minutes/quorum";

describe("quorum (UU 23/2014 art. 183)", () => {
  it("computes the required number for 45 members", () => {
    expect(requiredForQuorum("lebih_setengah", 45)).toBe(23);
    expect(requiredForQuorum("dua_pertiga", 45)).toBe(30);
    expect(requiredForQuorum("tiga_perempat", 45)).toBe(34);
  });

  it("> 1/2 is strictly more than half: 22 of 44 is not enough, 23 is", () => {
    expect(requiredForQuorum("lebih_setengah", 44)).toBe(23);
    expect(evaluateQuorum("lebih_setengah", 22, 44).met).toBe(false);
    expect(evaluateQuorum("lebih_setengah", 23, 44).met).toBe(true);
    expect(evaluateQuorum("lebih_setengah", 22, 45).met).toBe(false);
    expect(evaluateQuorum("lebih_setengah", 23, 45).met).toBe(true);
  });

  it("≥ 2/3 includes the exact two thirds: 30 of 45 meets it, 29 does not; 2 of 3 meets it", () => {
    expect(evaluateQuorum("dua_pertiga", 29, 45).met).toBe(false);
    expect(evaluateQuorum("dua_pertiga", 30, 45).met).toBe(true);
    expect(requiredForQuorum("dua_pertiga", 3)).toBe(2);
    expect(requiredForQuorum("dua_pertiga", 10)).toBe(7);
    expect(evaluateQuorum("dua_pertiga", 6, 10).met).toBe(false);
  });

  it("≥ 3/4 rounds up: 34 of 45 (33.75) meets it, 33 does not; 3 of 4 meets it exactly", () => {
    expect(evaluateQuorum("tiga_perempat", 33, 45).met).toBe(false);
    expect(evaluateQuorum("tiga_perempat", 34, 45).met).toBe(true);
    expect(requiredForQuorum("tiga_perempat", 4)).toBe(3);
    expect(requiredForQuorum("tiga_perempat", 12)).toBe(9);
  });

  it("states the result plainly for the minutes", () => {
    expect(evaluateQuorum("dua_pertiga", 31, 45).statement).toBe("Kuorum tercapai: 31 dari 45 (≥ 2/3 = 30 diperlukan)");
    expect(evaluateQuorum("dua_pertiga", 28, 45).statement).toBe(
      "Kuorum tidak tercapai: 28 dari 45 (≥ 2/3 = 30 diperlukan)",
    );
    expect(evaluateQuorum("lebih_setengah", 5, 9).statement).toBe("Kuorum tercapai: 5 dari 9 (> 1/2 = 5 diperlukan)");
  });

  it("a body without members never has quorum, and says why", () => {
    const q = evaluateQuorum("lebih_setengah", 0, 0);
    expect(q.met).toBe(false);
    expect(q.statement).toMatch(/belum memiliki anggota/);
  });

  it("counts only 'hadir' from the roll call; izin, sakit, dinas luar, alpa and unrecorded do not count", () => {
    const rows = [
      { status: "hadir" },
      { status: "izin" },
      { status: "sakit" },
      { status: "dinas_luar" },
      { status: "alpa" },
      { status: null },
      { status: "hadir" },
    ] as const;
    const q = quorumFromAttendance("lebih_setengah", [...rows]);
    expect(q.present).toBe(2);
    expect(q.members).toBe(7);
    expect(q.met).toBe(false);
  });

  it("refuses a nonsensical member count", () => {
    expect(() => requiredForQuorum("dua_pertiga", -1)).toThrow(RangeError);
    expect(() => requiredForQuorum("dua_pertiga", 2.5)).toThrow(RangeError);
  });
});
