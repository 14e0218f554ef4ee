/**
 * Archive retention (jadwal retensi arsip): a classification code carries active and inactive years.
 * A code without its own values inherits them from the nearest ancestor that has them. Pure functions.
 */

export interface RetentionCode {
  code: string;
  parentCode: string | null;
  retentionActiveYears: number | null;
  retentionInactiveYears: number | null;
}

export interface RetentionRule {
  activeYears: number;
  inactiveYears: number;
  /** The code the values come from (the letter's own code or an ancestor). */
  sourceCode: string;
}

/** The retention that applies to a code, or null when neither it nor any ancestor has one. */
export function effectiveRetention(code: string, byCode: ReadonlyMap<string, RetentionCode>): RetentionRule | null {
  const seen = new Set<string>();
  let cur = byCode.get(code);
  while (cur && !seen.has(cur.code)) {
    seen.add(cur.code);
    if (cur.retentionActiveYears != null || cur.retentionInactiveYears != null) {
      return {
        activeYears: cur.retentionActiveYears ?? 0,
        inactiveYears: cur.retentionInactiveYears ?? 0,
        sourceCode: cur.code,
      };
    }
    cur = cur.parentCode ? byCode.get(cur.parentCode) : undefined;
  }
  return null;
}

/** YYYY-MM-DD plus whole years; 29 February becomes 28 February in a common year. */
export function addYears(iso: string, years: number): string {
  const [y, m, d] = iso.split("-").map(Number);
  const year = y + years;
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${String(year).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(Math.min(d, lastDay)).padStart(2, "0")}`;
}

export interface RetentionDates {
  /** Last day in the active archive (records centre after it). */
  activeUntil: string;
  /** Last day of the retention period; after it the letter is reviewed (destroy or keep permanently). */
  inactiveUntil: string;
}

/** When a letter dated `base` leaves the active archive and when its retention ends. */
export function retentionDates(
  base: string,
  rule: Pick<RetentionRule, "activeYears" | "inactiveYears">,
): RetentionDates {
  const activeUntil = addYears(base, rule.activeYears);
  return { activeUntil, inactiveUntil: addYears(activeUntil, rule.inactiveYears) };
}

export type RetentionStage = "aktif" | "inaktif" | "habis";

/** Where a letter stands on `today`: still active, in the inactive period, or past retention. */
export function retentionStage(
  base: string,
  rule: Pick<RetentionRule, "activeYears" | "inactiveYears">,
  today: string,
): RetentionStage {
  const { activeUntil, inactiveUntil } = retentionDates(base, rule);
  if (today <= activeUntil) return "aktif";
  if (today <= inactiveUntil) return "inaktif";
  return "habis";
}

/**
 * The latest base date that is past a stage on `today`: a letter dated on or before it has left the
 * active period (stage "inaktif") or its whole retention ("habis"). Used to query by date.
 */
export function cutoffDate(
  rule: Pick<RetentionRule, "activeYears" | "inactiveYears">,
  today: string,
  stage: "inaktif" | "habis",
): string {
  const years = stage === "inaktif" ? rule.activeYears : rule.activeYears + rule.inactiveYears;
  // Stepping back from today by `years` and one day is exact except around 29 February, so check the
  // neighbouring days against the forward rule.
  let candidate = addDays(addYears(today, -years), 1);
  while (
    retentionStage(candidate, rule, today) === "aktif" ||
    (stage === "habis" && retentionStage(candidate, rule, today) !== "habis")
  ) {
    candidate = addDays(candidate, -1);
  }
  return candidate;
}

function addDays(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
