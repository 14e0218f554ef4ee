import "server-only";
import { and, eq, gte, ne, sql } from "drizzle-orm";
import { loadHolidaySet } from "@/lib/calendar/holidays";
import { workingDaysBetween } from "@/lib/calendar/working-days";
import { aspirationCategories, aspirations, dapil, dapilKecamatan, electionPeriods, kecamatan } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { SLA_FIRST_ANSWER_DAYS, SLA_VERIFY_DAYS, type AspirationStatus } from "./constants";

export interface DapilStats {
  id: number;
  name: string;
  kecamatan: string;
  total: number;
  medianVerifyDays: number | null;
  medianAnswerDays: number | null;
  verifiedWithinSla: SlaShare;
  answeredWithinSla: SlaShare;
}

/** How many items met a service level: `share` is `met / counted` (null when nothing counts yet). */
export type SlaShare = { share: number | null; met: number; counted: number; pending: number };

type Clock = { from: Date; to: Date | null };

/**
 * The share of items that met a deadline of `limit` working days. A finished item counts with its
 * own duration; an open item past its deadline is a miss; an open item still within its deadline
 * is pending and not counted yet (it can still go either way).
 */
export function shareWithin(clocks: Clock[], limit: number, holidays: ReadonlySet<string>, now: Date): SlaShare {
  let met = 0;
  let counted = 0;
  let pending = 0;
  for (const c of clocks) {
    const days = workingDaysBetween(c.from, c.to ?? now, holidays);
    if (c.to) {
      counted++;
      if (days <= limit) met++;
    } else if (days > limit) counted++;
    else pending++;
  }
  return { share: counted ? met / counted : null, met, counted, pending };
}

/** The median, in working days, of the finished clocks (null when none has finished). */
export function medianWorkingDays(clocks: Clock[], holidays: ReadonlySet<string>): number | null {
  const days = clocks
    .filter((c) => c.to)
    .map((c) => workingDaysBetween(c.from, c.to!, holidays))
    .sort((a, b) => a - b);
  if (days.length === 0) return null;
  const mid = Math.floor(days.length / 2);
  return days.length % 2 ? days[mid] : (days[mid - 1] + days[mid]) / 2;
}

type TimingRow = { createdAt: Date; verifiedAt: Date | null; firstResponseAt: Date | null; closedAt: Date | null };
// Triage ends with verification, or with a rejection or hand-over (closed without being verified).
const triageClock = (r: TimingRow): Clock => ({ from: r.createdAt, to: r.verifiedAt ?? r.closedAt });
const answerClock = (r: TimingRow): Clock => ({ from: r.createdAt, to: r.firstResponseAt });

/**
 * Public numbers over the last `months` months (merged duplicates excluded): counts by dapil,
 * category, status and month; median working days to verification and first answer per dapil; the
 * share verified within 3 and answered within 5 working days (LAPOR! levels), open items past their
 * deadline counted as misses.
 */
export async function publicStats(months = 12, now = new Date(), tx: Db = db) {
  const since = new Date(now.getTime() - months * 31 * 86400_000);
  const base = and(gte(aspirations.createdAt, since), ne(aspirations.status, "digabung"));
  const [byStatus, byCategory, byMonth, byDapil, timing, holidays] = await Promise.all([
    tx
      .select({ key: aspirations.status, n: sql<number>`count(*)::int` })
      .from(aspirations)
      .where(base)
      .groupBy(aspirations.status),
    tx
      .select({ key: aspirationCategories.name, n: sql<number>`count(*)::int` })
      .from(aspirations)
      .innerJoin(aspirationCategories, eq(aspirationCategories.id, aspirations.categoryId))
      .where(base)
      .groupBy(aspirationCategories.name)
      .orderBy(sql`count(*) desc`),
    tx
      .select({
        key: sql<string>`to_char(${aspirations.createdAt} at time zone 'Asia/Makassar', 'YYYY-MM')`,
        n: sql<number>`count(*)::int`,
      })
      .from(aspirations)
      .where(base)
      .groupBy(sql`1`)
      .orderBy(sql`1`),
    tx
      .select({
        id: dapil.id,
        name: dapil.name,
        kecamatan: sql<string>`min(${kecamatan.name})`,
        total: sql<number>`count(${aspirations.id})::int`,
      })
      .from(dapil)
      .innerJoin(electionPeriods, and(eq(electionPeriods.id, dapil.periodId), eq(electionPeriods.isActive, true)))
      .leftJoin(dapilKecamatan, eq(dapilKecamatan.dapilId, dapil.id))
      .leftJoin(kecamatan, eq(kecamatan.id, dapilKecamatan.kecamatanId))
      .leftJoin(aspirations, and(eq(aspirations.dapilId, dapil.id), base))
      .groupBy(dapil.id, dapil.name)
      .orderBy(dapil.number),
    tx
      .select({
        dapilId: aspirations.dapilId,
        createdAt: aspirations.createdAt,
        verifiedAt: aspirations.verifiedAt,
        firstResponseAt: aspirations.firstResponseAt,
        closedAt: aspirations.closedAt,
      })
      .from(aspirations)
      .where(base),
    loadHolidaySet(since.getUTCFullYear(), now.getUTCFullYear() + 1, tx),
  ]);
  const perDapil: DapilStats[] = byDapil.map((d) => {
    const rows = timing.filter((t) => t.dapilId === d.id);
    return {
      ...d,
      medianVerifyDays: medianWorkingDays(rows.map(triageClock), holidays),
      medianAnswerDays: medianWorkingDays(rows.map(answerClock), holidays),
      verifiedWithinSla: shareWithin(rows.map(triageClock), SLA_VERIFY_DAYS, holidays, now),
      answeredWithinSla: shareWithin(rows.map(answerClock), SLA_FIRST_ANSWER_DAYS, holidays, now),
    };
  });
  const all = timing;
  return {
    total: all.length,
    byStatus: byStatus as { key: AspirationStatus; n: number }[],
    byCategory,
    byMonth,
    byDapil: perDapil,
    verifiedWithinSla: shareWithin(all.map(triageClock), SLA_VERIFY_DAYS, holidays, now),
    answeredWithinSla: shareWithin(all.map(answerClock), SLA_FIRST_ANSWER_DAYS, holidays, now),
    months,
  };
}
