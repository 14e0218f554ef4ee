import { describe, expect, it } from "vitest";
import { formatBytes } from "@/lib/attachments/limits";
import { localTime } from "@/lib/calendar/working-days";
import { formatDate, formatDateTime, formatNumber, formatRupiah } from "@/lib/format";

// Figures, dates and sizes are written for people by these functions only (lint rule in eslint.config.mjs).
describe("formatting for people (one rule each)", () => {
  it("writes numbers the Indonesian way, with at most the decimals asked for", () => {
    expect(formatNumber(1250)).toBe("1.250");
    expect(formatNumber(1_000_000)).toBe("1.000.000");
    expect(formatNumber(2.5)).toBe("2,5");
    expect(formatNumber(2.345, 1)).toBe("2,3");
    expect(formatNumber(12.3456)).toBe("12,346");
    expect(formatNumber(0)).toBe("0");
    // Same as toLocaleString("id-ID"), which ~20 places called with their own options before.
    for (const n of [7, 104_512, 3.75, 0.1234]) expect(formatNumber(n)).toBe(n.toLocaleString("id-ID"));
  });

  it("writes sizes with one rule: the verification page and the upload form agreed on MB only above 1 MiB", () => {
    expect(formatBytes(85 * 1024)).toBe("85 KB");
    expect(formatBytes(200)).toBe("1 KB");
    expect(formatBytes(1_020_000)).toBe("1 MB"); // fileSize() in components/minutes said "996 KB"
    expect(formatBytes(3.2 * 1024 * 1024)).toBe("3,2 MB");
  });

  it("writes dates and times in WITA", () => {
    const at = new Date("2026-11-28T05:05:00Z"); // 13.05 WITA
    expect(formatDateTime(at)).toBe("28 Nov 2026, 13.05 WITA");
    expect(formatDate(at)).toBe("28 November 2026");
    expect(formatDate("2026-11-28")).toBe("28 November 2026");
    expect(localTime(at)).toBe("13:05");
    expect(localTime(new Date("2026-11-28T16:30:00Z"))).toBe("00:30");
    expect(formatDateTime(null)).toBe("—");
    expect(formatRupiah(1_250_000).replace(/\s/g, " ")).toBe("Rp 1.250.000");
  });
});
