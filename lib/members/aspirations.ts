import "server-only";
import { and, eq, gte, isNotNull, lte, notInArray, sql } from "drizzle-orm";
import { MEMBER_HIDDEN_STATUSES, SLA_FIRST_ANSWER_DAYS } from "@/lib/aspirations/constants";
import { aspirationVisibleWhere } from "@/lib/aspirations/policy";
import { loadHolidaySet } from "@/lib/calendar/holidays";
import { workingDaysBetween } from "@/lib/calendar/working-days";
import { db } from "@/lib/db";
import { aspirationEvents, aspirations } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";

export interface AspirationFigures {
  /** Start of the window (routing date), YYYY-MM-DD WITA. */
  since: string;
  /** Routed to the member's dapil or komisi in the window (confidential ones included). */
  routed: number;
  /** Of `routed`, answered publicly by the member. Denominator: `routed`. */
  answered: number;
  /** Median working days from routing to the member's first public answer (null without answers). */
  medianAnswerDays: number | null;
  /** Of `answered`, first answered within 5 working days. Denominator: `answered`. */
  answeredWithin5: number;
}

/** Median of a multiset given as value → count (the mean of the two middle values for an even size). */
export function weightedMedian(counts: Map<number, number>): number | null {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  if (!total) return null;
  const sorted = [...counts.entries()].sort((a, b) => a[0] - b[0]);
  const at = (k: number) => {
    let seen = 0;
    for (const [v, n] of sorted) if ((seen += n) > k) return v;
    return sorted[sorted.length - 1][0];
  };
  return total % 2 ? at((total - 1) / 2) : (at(total / 2 - 1) + at(total / 2)) / 2;
}

/**
 * How many aspirations reached the member in the window, by the inbox rule (aspirationVisibleWhere): routed
 * to their dapil, plus routed to their komisi, minus those routed to both. Split this way each part is
 * an index-only scan; the integration test checks the result against the rule on a hand-built set.
 */
async function countRouted(
  member: { dapilId: number | null; komisiId: number | null },
  since: Date,
  now: Date,
  tx: Db,
): Promise<number> {
  const window = and(
    notInArray(aspirations.status, [...MEMBER_HIDDEN_STATUSES]),
    gte(aspirations.verifiedAt, since),
    lte(aspirations.verifiedAt, now),
  );
  const toDapil = member.dapilId
    ? and(eq(aspirations.routedToDapil, true), eq(aspirations.dapilId, member.dapilId))
    : sql`false`;
  const [[d], [k]] = await Promise.all([
    member.dapilId
      ? tx
          .select({ n: sql<number>`count(*)::int` })
          .from(aspirations)
          .where(and(toDapil, window))
      : [{ n: 0 }],
    member.komisiId
      ? tx
          .select({ n: sql<number>`count(*)::int`, both: sql<number>`(count(*) filter (where ${toDapil}))::int` })
          .from(aspirations)
          .where(and(eq(aspirations.routedKomisiId, member.komisiId), window))
      : [{ n: 0, both: 0 }],
  ]);
  return d.n + k.n - ("both" in k ? k.both : 0);
}

const wita = (col: unknown) => sql<string>`to_char(${col} at time zone 'Asia/Makassar', 'YYYY-MM-DD')`;

/**
 * Aspiration figures of one member over [since, now]: what reached them (routed to their dapil or
 * komisi, by the inbox's own visibility rule), what they answered, and how fast. The clock starts at
 * routing (the member cannot see an item before) and stops at the member's first public answer;
 * working days skip weekends and holidays. Only counts leave this function: confidential items count
 * in the totals, and nothing about any citizen or item is returned.
 */
export async function memberAspirations(
  member: { id: string; dapilId: number | null; komisiId: number | null },
  since: Date,
  now: Date,
  tx: Db = db,
): Promise<AspirationFigures> {
  const routedWhere = and(
    aspirationVisibleWhere({ ...member, role: "member" }),
    gte(aspirations.verifiedAt, since),
    lte(aspirations.verifiedAt, now),
  );
  const firstAnswer = tx.$with("first_answer").as(
    tx
      .select({
        aspirationId: aspirationEvents.aspirationId,
        at: sql<Date>`min(${aspirationEvents.at})`.as("first_at"),
      })
      .from(aspirationEvents)
      .where(
        and(
          eq(aspirationEvents.actorId, member.id),
          isNotNull(aspirationEvents.publicNote),
          lte(aspirationEvents.at, now),
        ),
      )
      .groupBy(aspirationEvents.aspirationId),
  );
  const [routed, pairs, holidays] = await Promise.all([
    countRouted(member, since, now, tx),
    // Grouped by (routing day, answer day): a few hundred rows however many answers there are.
    tx
      .with(firstAnswer)
      .select({ from: wita(aspirations.verifiedAt), to: wita(firstAnswer.at), n: sql<number>`count(*)::int` })
      .from(firstAnswer)
      .innerJoin(aspirations, eq(aspirations.id, firstAnswer.aspirationId))
      .where(routedWhere)
      .groupBy(sql`1`, sql`2`),
    loadHolidaySet(since.getUTCFullYear(), now.getUTCFullYear(), tx),
  ]);
  const days = new Map<number, number>();
  let answered = 0;
  let within = 0;
  for (const p of pairs) {
    const d = Math.max(0, workingDaysBetween(p.from, p.to, holidays));
    days.set(d, (days.get(d) ?? 0) + p.n);
    answered += p.n;
    if (d <= SLA_FIRST_ANSWER_DAYS) within += p.n;
  }
  return {
    since: since.toISOString().slice(0, 10),
    routed,
    answered,
    medianAnswerDays: weightedMedian(days),
    answeredWithin5: within,
  };
}
