import { describe, expect, it } from "vitest";
import { csvField, toCsv } from "@/lib/http/csv";

describe("CSV export", () => {
  it("quotes separators, quotes and newlines, and neutralises formulas", () => {
    expect(csvField('Jalan "Sudirman", Balikpapan')).toBe('"Jalan ""Sudirman"", Balikpapan"');
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField("+62 812")).toBe("'+62 812");
    expect(csvField(null)).toBe("");
    expect(csvField(new Date("2026-11-28T00:00:00Z"))).toBe("2026-11-28T00:00:00.000Z");
    expect(toCsv(["a", "b"], [[1, "x\ny"]])).toBe('\uFEFFa,b\r\n1,"x\ny"\r\n');
  });
});
