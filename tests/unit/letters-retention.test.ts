import { describe, expect, it } from "vitest";
import {
  addYears,
  cutoffDate,
  effectiveRetention,
  retentionDates,
  retentionStage,
  type RetentionCode,
} from "@/lib/letters/retention-rules";
import { buildTree, deriveLetterStatus, isOverdue } from "@/lib/letters/status";

const codes: RetentionCode[] = [
  { code: "000", parentCode: null, retentionActiveYears: null, retentionInactiveYears: null },
  { code: "000.1", parentCode: "000", retentionActiveYears: 2, retentionInactiveYears: 3 },
  { code: "000.1.5", parentCode: "000.1", retentionActiveYears: null, retentionInactiveYears: null },
  { code: "000.1.2", parentCode: "000.1", retentionActiveYears: 1, retentionInactiveYears: null },
  { code: "100", parentCode: null, retentionActiveYears: null, retentionInactiveYears: null },
];
const byCode = new Map(codes.map((c) => [c.code, c]));

describe("retention", () => {
  it("uses a code's own years, else the nearest ancestor's, else none", () => {
    expect(effectiveRetention("000.1", byCode)).toEqual({ activeYears: 2, inactiveYears: 3, sourceCode: "000.1" });
    expect(effectiveRetention("000.1.5", byCode)).toEqual({ activeYears: 2, inactiveYears: 3, sourceCode: "000.1" });
    expect(effectiveRetention("000.1.2", byCode)).toEqual({ activeYears: 1, inactiveYears: 0, sourceCode: "000.1.2" });
    expect(effectiveRetention("100", byCode)).toBeNull();
    expect(effectiveRetention("999", byCode)).toBeNull();
  });

  it("survives a parent cycle in bad data", () => {
    const loop = new Map<string, RetentionCode>([
      ["a", { code: "a", parentCode: "b", retentionActiveYears: null, retentionInactiveYears: null }],
      ["b", { code: "b", parentCode: "a", retentionActiveYears: null, retentionInactiveYears: null }],
    ]);
    expect(effectiveRetention("a", loop)).toBeNull();
  });

  it("adds whole years; 29 February falls back to 28 February", () => {
    expect(addYears("2026-11-28", 2)).toBe("2028-11-28");
    expect(addYears("2024-02-29", 1)).toBe("2025-02-28");
    expect(addYears("2024-02-29", 4)).toBe("2028-02-29");
    expect(addYears("2026-01-31", 0)).toBe("2026-01-31");
  });

  it("computes the end of the active period and of the whole retention", () => {
    expect(retentionDates("2020-05-10", { activeYears: 2, inactiveYears: 3 })).toEqual({
      activeUntil: "2022-05-10",
      inactiveUntil: "2025-05-10",
    });
    expect(retentionDates("2020-05-10", { activeYears: 0, inactiveYears: 0 })).toEqual({
      activeUntil: "2020-05-10",
      inactiveUntil: "2020-05-10",
    });
  });

  it("places a letter in its stage on a given day (the last day still counts)", () => {
    const rule = { activeYears: 2, inactiveYears: 3 };
    expect(retentionStage("2020-05-10", rule, "2022-05-10")).toBe("aktif");
    expect(retentionStage("2020-05-10", rule, "2022-05-11")).toBe("inaktif");
    expect(retentionStage("2020-05-10", rule, "2025-05-10")).toBe("inaktif");
    expect(retentionStage("2020-05-10", rule, "2025-05-11")).toBe("habis");
  });

  it("gives the latest letter date past each stage, agreeing with the forward rule", () => {
    const rule = { activeYears: 2, inactiveYears: 3 };
    for (const today of ["2026-11-28", "2028-02-29", "2027-03-01", "2026-01-01"]) {
      for (const stage of ["inaktif", "habis"] as const) {
        const cut = cutoffDate(rule, today, stage);
        const next = new Date(`${cut}T00:00:00Z`);
        next.setUTCDate(next.getUTCDate() + 1);
        const after = next.toISOString().slice(0, 10);
        const past = (d: string) =>
          stage === "habis" ? retentionStage(d, rule, today) === "habis" : retentionStage(d, rule, today) !== "aktif";
        expect(past(cut), `${today} ${stage} ${cut}`).toBe(true);
        expect(past(after), `${today} ${stage} ${after}`).toBe(false);
      }
    }
  });
});

describe("letter status from its disposition branches", () => {
  it("follows diterima → didisposisikan → ditindaklanjuti → selesai", () => {
    expect(deriveLetterStatus("diterima", [])).toBe("diterima");
    expect(deriveLetterStatus("diterima", [{ status: "dikirim" }, { status: "dikirim" }])).toBe("didisposisikan");
    expect(deriveLetterStatus("didisposisikan", [{ status: "diterima" }, { status: "dikirim" }])).toBe(
      "ditindaklanjuti",
    );
    expect(deriveLetterStatus("ditindaklanjuti", [{ status: "selesai" }, { status: "ditindaklanjuti" }])).toBe(
      "ditindaklanjuti",
    );
    expect(deriveLetterStatus("ditindaklanjuti", [{ status: "selesai" }, { status: "selesai" }])).toBe("selesai");
    // A new branch reopens a finished letter; an archived one stays archived.
    expect(deriveLetterStatus("selesai", [{ status: "selesai" }, { status: "dikirim" }])).toBe("ditindaklanjuti");
    expect(deriveLetterStatus("diarsipkan", [{ status: "dikirim" }])).toBe("diarsipkan");
  });

  it("flags open branches past their due date only", () => {
    expect(isOverdue({ status: "dikirim", dueOn: "2026-11-27" }, "2026-11-28")).toBe(true);
    expect(isOverdue({ status: "diterima", dueOn: "2026-11-28" }, "2026-11-28")).toBe(false);
    expect(isOverdue({ status: "selesai", dueOn: "2026-01-01" }, "2026-11-28")).toBe(false);
    expect(isOverdue({ status: "dikirim", dueOn: null }, "2026-11-28")).toBe(false);
  });

  it("arranges branches into a tree", () => {
    const tree = buildTree([
      { id: "a", parentId: null },
      { id: "b", parentId: null },
      { id: "c", parentId: "a" },
      { id: "d", parentId: "c" },
    ]);
    expect(tree.map((n) => n.item.id)).toEqual(["a", "b"]);
    expect(tree[0].children[0].item.id).toBe("c");
    expect(tree[0].children[0].children[0].item.id).toBe("d");
  });
});
