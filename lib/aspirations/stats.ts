import { and, eq, gte, ne, sql } from "drizzle-orm";
import { loadHolidaySet } from "@/lib/calendar/holidays";
import { workingDaysBetween } from "@/lib/calendar/working-days";
import { aspirationCategories, aspirations, dapil, dapilKecamatan, electionPeriods, kecamatan } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { SLA_FIRST_ANSWER_DAYS, SLA_VERIFY_DAYS, type AspirationStatus } from "./constants";

export interface DapilStats {
  id: number;
  name: string;
  kecamatan: string;
  total: number;
  medianVerifyDays: number | null;
  medianAnswerDays: number | null;
  verifiedWithinSla: number | null;
  answeredWithinSla: number | null;
}

/** The share (0..1) of items whose working-day duration is within `limit`, or null with no items. */
export function shareWithin(pairs: { from: Date; to: Date | null }[], limit: number, holidays: ReadonlySet<string>): number | null {
  const done = pairs.filter((p) => p.to);
  if (done.length === 0) return null;
  return done.filter((p) => workingDaysBetween(p.from, p.to!, holidays) <= limit).length / done.length;
}

/**
 * Public numbers over the last `months` months (merged duplicates excluded): counts by dapil,
 * category, status and month; median days to verification and first answer per dapil; the share
 * verified within 3 and answered within 5 working days (LAPOR! levels).
 */
export async function publicStats(db: Db, months = 12, now = new Date()) {
  const since = new Date(now.getTime() - months * 31 * 86400_000);
  const base = and(gte(aspirations.createdAt, since), ne(aspirations.status, "digabung"));
  const epochDays = (a: unknown, b: unknown) => sql`percentile_cont(0.5) within group (order by extract(epoch from (${a} - ${b})) / 86400)`;
  const [byStatus, byCategory, byMonth, byDapil, timing, holidays] = await Promise.all([
    db.select({ key: aspirations.status, n: sql<number>`count(*)::int` }).from(aspirations).where(base).groupBy(aspirations.status),
    db
      .select({ key: aspirationCategories.name, n: sql<number>`count(*)::int` })
      .from(aspirations)
      .innerJoin(aspirationCategories, eq(aspirationCategories.id, aspirations.categoryId))
      .where(base)
      .groupBy(aspirationCategories.name)
      .orderBy(sql`count(*) desc`),
    db
      .select({ key: sql<string>`to_char(${aspirations.createdAt} at time zone 'Asia/Makassar', 'YYYY-MM')`, n: sql<number>`count(*)::int` })
      .from(aspirations)
      .where(base)
      .groupBy(sql`1`)
      .orderBy(sql`1`),
    db
      .select({
        id: dapil.id,
        name: dapil.name,
        kecamatan: sql<string>`min(${kecamatan.name})`,
        total: sql<number>`count(${aspirations.id})::int`,
        medianVerifyDays: epochDays(aspirations.verifiedAt, aspirations.createdAt).mapWith(Number),
        medianAnswerDays: epochDays(aspirations.firstResponseAt, aspirations.createdAt).mapWith(Number),
      })
      .from(dapil)
      .innerJoin(electionPeriods, and(eq(electionPeriods.id, dapil.periodId), eq(electionPeriods.isActive, true)))
      .leftJoin(dapilKecamatan, eq(dapilKecamatan.dapilId, dapil.id))
      .leftJoin(kecamatan, eq(kecamatan.id, dapilKecamatan.kecamatanId))
      .leftJoin(aspirations, and(eq(aspirations.dapilId, dapil.id), base))
      .groupBy(dapil.id, dapil.name)
      .orderBy(dapil.number),
    db
      .select({ dapilId: aspirations.dapilId, createdAt: aspirations.createdAt, verifiedAt: aspirations.verifiedAt, firstResponseAt: aspirations.firstResponseAt })
      .from(aspirations)
      .where(base),
    loadHolidaySet(db, since.getUTCFullYear(), now.getUTCFullYear() + 1),
  ]);
  const perDapil: DapilStats[] = byDapil.map((d) => {
    const rows = timing.filter((t) => t.dapilId === d.id);
    return {
      ...d,
      medianVerifyDays: d.medianVerifyDays === null || Number.isNaN(d.medianVerifyDays) ? null : d.medianVerifyDays,
      medianAnswerDays: d.medianAnswerDays === null || Number.isNaN(d.medianAnswerDays) ? null : d.medianAnswerDays,
      verifiedWithinSla: shareWithin(rows.map((r) => ({ from: r.createdAt, to: r.verifiedAt })), SLA_VERIFY_DAYS, holidays),
      answeredWithinSla: shareWithin(rows.map((r) => ({ from: r.createdAt, to: r.firstResponseAt })), SLA_FIRST_ANSWER_DAYS, holidays),
    };
  });
  const all = timing;
  return {
    total: all.length,
    byStatus: byStatus as { key: AspirationStatus; n: number }[],
    byCategory,
    byMonth,
    byDapil: perDapil,
    verifiedWithinSla: shareWithin(all.map((r) => ({ from: r.createdAt, to: r.verifiedAt })), SLA_VERIFY_DAYS, holidays),
    answeredWithinSla: shareWithin(all.map((r) => ({ from: r.createdAt, to: r.firstResponseAt })), SLA_FIRST_ANSWER_DAYS, holidays),
    months,
  };
}
