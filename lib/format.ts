import { TIME_ZONE } from "@/lib/calendar/working-days";

const dateTime = new Intl.DateTimeFormat("id-ID", { timeZone: TIME_ZONE, dateStyle: "medium", timeStyle: "short" });
const dateOnly = new Intl.DateTimeFormat("id-ID", { timeZone: TIME_ZONE, dateStyle: "long" });
const rupiah = new Intl.NumberFormat("id-ID", { style: "currency", currency: "IDR", maximumFractionDigits: 0 });

/** "28 Nov 2026, 13.05" in WITA. */
export function formatDateTime(d: Date | string | null | undefined): string {
  if (!d) return "—";
  return `${dateTime.format(typeof d === "string" ? new Date(d) : d)} WITA`;
}

/** "28 November 2026"; accepts a Date or a YYYY-MM-DD string. */
export function formatDate(d: Date | string | null | undefined): string {
  if (!d) return "—";
  return dateOnly.format(typeof d === "string" ? new Date(d.length === 10 ? `${d}T12:00:00+08:00` : d) : d);
}

const numbers = new Map<number, Intl.NumberFormat>();

/** "1.250", "2,5": a count or a measure as people read it (at most `maxFractionDigits` decimals). */
export function formatNumber(n: number, maxFractionDigits = 3): string {
  let f = numbers.get(maxFractionDigits);
  if (!f)
    numbers.set(maxFractionDigits, (f = new Intl.NumberFormat("id-ID", { maximumFractionDigits: maxFractionDigits })));
  return f.format(n);
}

/** "Rp 1.250.000". */
export function formatRupiah(n: number | string | null | undefined): string {
  if (n === null || n === undefined || n === "") return "—";
  return rupiah.format(Number(n));
}
