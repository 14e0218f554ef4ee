import { localDate } from "@/lib/calendar/working-days";

/** A closed date range of WITA calendar dates (YYYY-MM-DD). */
export interface DateRange {
  from: string;
  to: string;
  label: string;
}

/**
 * The masa sidang containing a date. DPRD Kota Balikpapan sits three masa sidang a year, one reses
 * each (PP 12/2018 art. 88); until staff record the periods, Si Dilan takes the thirds of the year:
 * I = January–April, II = May–August, III = September–December.
 */
export function masaSidangOf(date: string): DateRange {
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  const n = Math.ceil(month / 4);
  const from = `${year}-${String((n - 1) * 4 + 1).padStart(2, "0")}-01`;
  const to = n === 3 ? `${year}-12-31` : lastDayBefore(`${year}-${String(n * 4 + 1).padStart(2, "0")}-01`);
  return { from, to, label: `Masa Sidang ${["I", "II", "III"][n - 1]} ${year}` };
}

function lastDayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** The calendar year of a date, up to that date. */
export function yearOf(date: string): DateRange {
  return { from: `${date.slice(0, 4)}-01-01`, to: `${date.slice(0, 4)}-12-31`, label: `Tahun ${date.slice(0, 4)}` };
}

/** The window of the aspiration figures: the 12 months before `now` (as /statistik uses). */
export function last12Months(now: Date): { since: Date; label: string } {
  const since = new Date(now);
  since.setUTCFullYear(since.getUTCFullYear() - 1);
  return { since, label: `12 bulan terakhir (sejak ${localDate(since)})` };
}
