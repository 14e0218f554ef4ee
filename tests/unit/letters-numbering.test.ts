import { describe, expect, it } from "vitest";
import {
  DEFAULT_OUTGOING_FORMAT,
  formatLetterNumber,
  formatUsesClassification,
  romanMonth,
  templateParts,
  validateNumberFormat,
  validateUnitCode,
} from "@/lib/letters/number-format";

const base = { seq: 123, width: 4, unitCode: "DPRD", classification: "000.1.5", date: "2026-03-09" };

describe("letter number formatter", () => {
  it("builds the default format {klasifikasi}/{nomor}/DPRD/{tahun}", () => {
    expect(DEFAULT_OUTGOING_FORMAT).toBe("{klasifikasi}/{nomor}/DPRD/{tahun}");
    expect(formatLetterNumber(DEFAULT_OUTGOING_FORMAT, base)).toBe("000.1.5/0123/DPRD/2026");
  });

  it("{klasifikasi}: the archive classification code as given", () => {
    expect(formatLetterNumber("{klasifikasi}", { ...base, classification: "400.14.6" })).toBe("400.14.6");
    expect(() => formatLetterNumber("{klasifikasi}/{nomor}", { ...base, classification: null })).toThrow(/klasifikasi/);
    expect(() => formatLetterNumber("{klasifikasi}/{nomor}", { ...base, classification: "" })).toThrow(/klasifikasi/);
  });

  it("{nomor}: zero-padded to the configured width, never truncated", () => {
    expect(formatLetterNumber("{nomor}", { ...base, seq: 7, width: 3 })).toBe("007");
    expect(formatLetterNumber("{nomor}", { ...base, seq: 7, width: 1 })).toBe("7");
    expect(formatLetterNumber("{nomor}", { ...base, seq: 12345, width: 4 })).toBe("12345");
    expect(formatLetterNumber("{nomor}", { ...base, seq: 1, width: 8 })).toBe("00000001");
    // Out-of-range widths are clamped rather than producing odd numbers.
    expect(formatLetterNumber("{nomor}", { ...base, seq: 5, width: 20 })).toBe("00000005");
    expect(formatLetterNumber("{nomor}", { ...base, seq: 5, width: 0 })).toBe("5");
  });

  it("{nomor}: refuses a non-positive or fractional running number", () => {
    expect(() => formatLetterNumber("{nomor}", { ...base, seq: 0 })).toThrow();
    expect(() => formatLetterNumber("{nomor}", { ...base, seq: -1 })).toThrow();
    expect(() => formatLetterNumber("{nomor}", { ...base, seq: 1.5 })).toThrow();
  });

  it("{unit}: the configured unit code", () => {
    expect(formatLetterNumber("{nomor}/{unit}", { ...base, unitCode: "SET-DPRD" })).toBe("0123/SET-DPRD");
  });

  it("{tahun}: the year of the letter's date", () => {
    expect(formatLetterNumber("{nomor}/{tahun}", { ...base, date: "2027-01-01" })).toBe("0123/2027");
  });

  it("{bulan}: two-digit month", () => {
    expect(formatLetterNumber("{bulan}", { ...base, date: "2026-03-31" }).length).toBe(2);
    expect(formatLetterNumber("{nomor}.{bulan}", { ...base, date: "2026-11-01" })).toBe("0123.11");
  });

  it("{bulan_romawi}: Roman month as used in Indonesian letter numbers", () => {
    expect(formatLetterNumber("{nomor}/DPRD/{bulan_romawi}/{tahun}", { ...base, date: "2026-11-28" })).toBe(
      "0123/DPRD/XI/2026",
    );
    expect([1, 4, 9, 12].map(romanMonth)).toEqual(["I", "IV", "IX", "XII"]);
    expect(() => romanMonth(13)).toThrow();
  });

  it("combines every part and keeps literal text", () => {
    expect(formatLetterNumber("B-{klasifikasi}/{nomor}/{unit}/{bulan_romawi}/{bulan}/{tahun}", base)).toBe(
      "B-000.1.5/0123/DPRD/III/03/2026",
    );
  });

  it("refuses a malformed date", () => {
    expect(() => formatLetterNumber("{nomor}", { ...base, date: "09-03-2026" })).toThrow();
  });

  it("lists parts and tells whether a classification is needed", () => {
    expect(templateParts("{klasifikasi}/{nomor}/x")).toEqual(["klasifikasi", "nomor"]);
    expect(formatUsesClassification(DEFAULT_OUTGOING_FORMAT)).toBe(true);
    expect(formatUsesClassification("{nomor}/SM/{tahun}")).toBe(false);
  });
});

describe("number format validation", () => {
  it("accepts the default and the usual variants", () => {
    for (const t of [
      DEFAULT_OUTGOING_FORMAT,
      "{nomor}/SM/{tahun}",
      "{klasifikasi}/{nomor}/{unit}/{bulan_romawi}/{tahun}",
    ])
      expect(validateNumberFormat(t)).toEqual([]);
  });

  it("requires exactly one {nomor}", () => {
    expect(validateNumberFormat("{klasifikasi}/DPRD/{tahun}").join(" ")).toMatch(/\{nomor\} tepat satu kali/);
    expect(validateNumberFormat("{nomor}/{nomor}").join(" ")).toMatch(/tepat satu kali/);
  });

  it("names unknown parts, unbalanced braces and unsafe literal text", () => {
    expect(validateNumberFormat("{nomor}/{tanggal}").join(" ")).toMatch(/\{tanggal\}/);
    expect(validateNumberFormat("{nomor}/{tahun").join(" ")).toMatch(/kurawal/);
    expect(validateNumberFormat("{nomor}<script>").join(" ")).toMatch(/Teks tetap/);
    expect(validateNumberFormat("   ")).toEqual(["Format nomor wajib diisi."]);
    expect(validateNumberFormat(`{nomor}${"x".repeat(120)}`).join(" ")).toMatch(/maksimal/);
  });

  it("checks the unit code", () => {
    expect(validateUnitCode("DPRD")).toEqual([]);
    expect(validateUnitCode("SET.DPRD-1")).toEqual([]);
    expect(validateUnitCode("")).not.toEqual([]);
    expect(validateUnitCode("DP RD")).not.toEqual([]);
    expect(validateUnitCode("x".repeat(31))).not.toEqual([]);
  });
});
