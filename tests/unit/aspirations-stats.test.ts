import { describe, expect, it } from "vitest";
import { medianWorkingDays, shareWithin } from "@/lib/aspirations/stats";

const at = (iso: string) => new Date(`${iso}T02:00:00Z`); // 10:00 WITA
const none = new Set<string>();

describe("LAPOR! service-level shares on /statistik", () => {
  // Monday 2026-11-02 … ; now is Friday 2026-12-04.
  const now = at("2026-12-04");

  it("counts an open item past its deadline as a miss, not as nothing", () => {
    const done = Array.from({ length: 9 }, () => ({ from: at("2026-11-02"), to: at("2026-11-04") })); // 2 working days
    const overdue = Array.from({ length: 4 }, () => ({ from: at("2026-11-02"), to: null })); // 24 working days open
    const r = shareWithin([...done, ...overdue], 3, none, now);
    expect(r).toEqual({ share: 9 / 13, met: 9, counted: 13, pending: 0 });
  });

  it("leaves open items still within their deadline out of the count (pending)", () => {
    const r = shareWithin(
      [
        { from: at("2026-12-03"), to: null },
        { from: at("2026-11-02"), to: at("2026-11-10") },
      ],
      3,
      none,
      now,
    );
    expect(r).toEqual({ share: 0, met: 0, counted: 1, pending: 1 });
  });

  it("gives no share when nothing can be counted yet", () => {
    expect(shareWithin([], 3, none, now).share).toBeNull();
  });

  it("skips weekends and holidays in both the deadline and the median", () => {
    // Friday → next Wednesday: 3 working days (Mon, Tue, Wed), 5 calendar days.
    const clock = { from: at("2026-11-06"), to: at("2026-11-11") };
    expect(shareWithin([clock], 3, none, now).met).toBe(1);
    expect(shareWithin([clock], 3, new Set(["2026-11-09"]), now).met).toBe(1);
    expect(shareWithin([clock], 2, none, now).met).toBe(0);
    expect(
      medianWorkingDays(
        [clock, { from: at("2026-11-02"), to: at("2026-11-03") }, { from: at("2026-11-02"), to: null }],
        none,
      ),
    ).toBe(2);
    expect(medianWorkingDays([clock], new Set(["2026-11-10"]))).toBe(2);
  });
});
