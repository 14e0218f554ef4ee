import { describe, expect, it } from "vitest";
import { canTransition, feedbackOpen, nextStatuses } from "@/lib/aspirations/constants";
import { normalizePhone } from "@/lib/aspirations/schema";
import { formAgeSeconds, newFormToken } from "@/lib/antispam/service";

describe("aspiration status transitions", () => {
  it("follows diterima → diverifikasi → ditindaklanjuti → selesai", () => {
    expect(canTransition("diterima", "diverifikasi")).toBe(true);
    expect(canTransition("diverifikasi", "ditindaklanjuti")).toBe(true);
    expect(canTransition("ditindaklanjuti", "selesai")).toBe(true);
  });
  it("allows side exits from open states only", () => {
    expect(canTransition("diterima", "ditolak")).toBe(true);
    expect(canTransition("diverifikasi", "dialihkan")).toBe(true);
    expect(canTransition("selesai", "ditolak")).toBe(false);
    expect(canTransition("ditolak", "diverifikasi")).toBe(false);
    expect(canTransition("diterima", "selesai")).toBe(false);
    expect(nextStatuses("digabung")).toEqual([]);
  });
  it("keeps the rating/reopen window at 14 days", () => {
    const closed = new Date("2026-11-01T00:00:00Z");
    expect(feedbackOpen(closed, new Date("2026-11-14T23:00:00Z"))).toBe(true);
    expect(feedbackOpen(closed, new Date("2026-11-15T00:00:01Z"))).toBe(false);
    expect(feedbackOpen(null)).toBe(false);
  });
});

describe("phone numbers", () => {
  it("normalises Indonesian numbers to 62…", () => {
    expect(normalizePhone("0812-3456-7890")).toBe("6281234567890");
    expect(normalizePhone("+62 812 3456 7890")).toBe("6281234567890");
    expect(normalizePhone("812 3456 7890")).toBe("6281234567890");
    expect(normalizePhone("12345")).toBeNull();
    expect(normalizePhone("<script>")).toBeNull();
  });
});

describe("form token", () => {
  it("measures the fill time and rejects forged tokens", () => {
    const t = newFormToken(Date.now() - 5000);
    expect(formAgeSeconds(t)).toBeGreaterThanOrEqual(5);
    expect(formAgeSeconds(t.replace(/\.[^.]+$/, ".forged"))).toBeNull();
    expect(formAgeSeconds(`${Date.now() - 999999}.${t.split(".")[1]}`)).toBeNull();
    expect(formAgeSeconds(undefined)).toBeNull();
  });
});
