import { describe, expect, it } from "vitest";
import { addWorkingDays, isWorkingDay, localDate, slaStatus, workingDaysBetween } from "@/lib/calendar/working-days";

const holidays = new Set(["2026-12-24", "2026-12-25", "2027-01-01"]);

describe("working days (WITA)", () => {
  it("uses the Balikpapan calendar date, not UTC", () => {
    // 17:30 UTC on 27 Nov is 01:30 WITA on 28 Nov.
    expect(localDate(new Date("2026-11-27T17:30:00Z"))).toBe("2026-11-28");
    expect(localDate(new Date("2026-11-27T15:59:00Z"))).toBe("2026-11-27");
  });

  it("skips weekends and holidays", () => {
    expect(isWorkingDay("2026-11-28", holidays)).toBe(false); // Saturday
    expect(isWorkingDay("2026-11-29", holidays)).toBe(false); // Sunday
    expect(isWorkingDay("2026-11-30", holidays)).toBe(true);
    expect(isWorkingDay("2026-12-25", holidays)).toBe(false);
  });

  it("adds working days after the start day", () => {
    expect(addWorkingDays("2026-11-27", 3, holidays)).toBe("2026-12-02"); // Fri + 3 → Wed
    expect(addWorkingDays("2026-12-23", 3, holidays)).toBe("2026-12-30"); // over Christmas
    expect(addWorkingDays("2026-12-30", 2, holidays)).toBe("2027-01-04"); // over New Year and a weekend
    expect(addWorkingDays("2026-11-30", 0, holidays)).toBe("2026-11-30");
  });

  it("counts working days between dates, signed", () => {
    expect(workingDaysBetween("2026-11-27", "2026-11-27", holidays)).toBe(0);
    expect(workingDaysBetween("2026-11-27", "2026-12-02", holidays)).toBe(3);
    expect(workingDaysBetween("2026-12-02", "2026-11-27", holidays)).toBe(-3);
    expect(workingDaysBetween("2026-12-23", "2026-12-28", holidays)).toBe(1);
  });

  it("reports the SLA state: ok, due on the last day, overdue after", () => {
    const start = new Date("2026-11-27T02:00:00Z"); // Fri 10:00 WITA, due Wed 2 Dec
    expect(slaStatus(start, 3, new Date("2026-11-30T02:00:00Z"), holidays)).toMatchObject({
      state: "ok",
      daysLeft: 2,
      dueDate: "2026-12-02",
    });
    expect(slaStatus(start, 3, new Date("2026-12-02T02:00:00Z"), holidays)).toMatchObject({
      state: "due",
      daysLeft: 0,
    });
    expect(slaStatus(start, 3, new Date("2026-12-03T02:00:00Z"), holidays)).toMatchObject({
      state: "overdue",
      daysLeft: -1,
    });
  });
});
