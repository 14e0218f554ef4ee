/** Balikpapan keeps WITA (UTC+8); dates of record are local dates there. */
export const TIME_ZONE = "Asia/Makassar";

const dateFmt = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The WITA calendar date (YYYY-MM-DD) of an instant. */
export function localDate(d: Date): string {
  return dateFmt.format(d);
}

const timeFmt = new Intl.DateTimeFormat("en-GB", { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit" });

/** The WITA clock time (HH:MM, as a time input takes it) of an instant. */
export function localTime(d: Date): string {
  return timeFmt.format(d);
}

function addDays(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Whether a YYYY-MM-DD date is a working day: not Saturday, Sunday or a listed holiday. */
export function isWorkingDay(iso: string, holidays: ReadonlySet<string>): boolean {
  const dow = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return dow !== 0 && dow !== 6 && !holidays.has(iso);
}

/**
 * The date `n` working days after the WITA date of `start` (the start day itself does not count,
 * as in "within 3 working days"). Returns YYYY-MM-DD.
 */
export function addWorkingDays(start: Date | string, n: number, holidays: ReadonlySet<string>): string {
  let day = typeof start === "string" ? start : localDate(start);
  let left = n;
  while (left > 0) {
    day = addDays(day, 1);
    if (isWorkingDay(day, holidays)) left--;
  }
  return day;
}

/**
 * Working days from the WITA date of `from` to the WITA date of `to`: 0 on the same day, counting
 * each working day after `from` up to and including `to`. Negative when `to` is before `from`.
 */
export function workingDaysBetween(from: Date | string, to: Date | string, holidays: ReadonlySet<string>): number {
  const a = typeof from === "string" ? from : localDate(from);
  const b = typeof to === "string" ? to : localDate(to);
  if (a === b) return 0;
  const sign = a < b ? 1 : -1;
  const [lo, hi] = sign === 1 ? [a, b] : [b, a];
  let count = 0;
  for (let d = addDays(lo, 1); d <= hi; d = addDays(d, 1)) if (isWorkingDay(d, holidays)) count++;
  return sign * count;
}

export type SlaState = { state: "ok" | "due" | "overdue"; daysLeft: number; dueDate: string };

/** SLA status of a deadline `n` working days after `start`, seen at `now`. */
export function slaStatus(start: Date, n: number, now: Date, holidays: ReadonlySet<string>): SlaState {
  const dueDate = addWorkingDays(start, n, holidays);
  const today = localDate(now);
  const daysLeft = workingDaysBetween(today, dueDate, holidays);
  return { state: today > dueDate ? "overdue" : daysLeft <= 1 ? "due" : "ok", daysLeft, dueDate };
}
