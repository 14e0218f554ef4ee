import "server-only";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { db } from "@/lib/db";
import { kelurahan, pokirPeriods, pokirProposals, resesRecords } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import type { PokirStatus } from "@/lib/pokir/constants";

/** Statuses a pokir holds once a member adopted it (merged duplicates are left out). */
export const ADOPTED_STATUSES: readonly PokirStatus[] = [
  "diadopsi",
  "difinalisasi",
  "diinput_sipd",
  "diakomodir",
  "tidak_diakomodir",
];

export interface PokirPeriodFigures {
  planYear: number;
  period: string;
  /** Pokir the member adopted in this period: the denominator of the rest. */
  adopted: number;
  adoptedValue: number;
  /** Of `adopted`, with an RKPD/APBD outcome (diakomodir or tidak diakomodir). */
  decided: number;
  /** Of `adopted`, taken up by the RKPD/APBD (diakomodir), and their estimated value in rupiah. */
  takenUp: number;
  takenUpValue: number;
}

/** A member's adopted pokir per period, with how many (and what estimated value) the budget took up. */
export async function memberPokir(memberId: string, tx: Db = db): Promise<PokirPeriodFigures[]> {
  const taken = sql`${pokirProposals.status} = 'diakomodir'`;
  const rows = await tx
    .select({
      planYear: pokirPeriods.planYear,
      period: pokirPeriods.name,
      adopted: sql<number>`count(*)::int`,
      adoptedValue: sql<string>`coalesce(sum(${pokirProposals.estimatedCost}), 0)::text`,
      decided: sql<number>`(count(*) filter (where ${pokirProposals.status} in ('diakomodir', 'tidak_diakomodir')))::int`,
      takenUp: sql<number>`(count(*) filter (where ${taken}))::int`,
      takenUpValue: sql<string>`coalesce(sum(${pokirProposals.estimatedCost}) filter (where ${taken}), 0)::text`,
    })
    .from(pokirProposals)
    .innerJoin(pokirPeriods, eq(pokirPeriods.id, pokirProposals.periodId))
    .where(and(eq(pokirProposals.adoptedBy, memberId), inArray(pokirProposals.status, [...ADOPTED_STATUSES])))
    .groupBy(pokirPeriods.planYear, pokirPeriods.name)
    .orderBy(desc(pokirPeriods.planYear));
  return rows.map((r) => ({ ...r, adoptedValue: Number(r.adoptedValue), takenUpValue: Number(r.takenUpValue) }));
}

export interface ResesEvent {
  heldOn: string;
  place: string;
  kelurahan: string;
  attendees: number;
  /** Pokir entered from this reses. */
  pokir: number;
}

export interface ResesFigures {
  events: ResesEvent[];
  total: number;
  attendees: number;
}

/** A member's reses events: date, place, kelurahan and attendee count (no notes, no photos). */
export async function memberReses(memberId: string, limit = 30, tx: Db = db): Promise<ResesFigures> {
  const [events, [sum]] = await Promise.all([
    tx
      .select({
        heldOn: resesRecords.heldOn,
        place: resesRecords.place,
        kelurahan: kelurahan.name,
        attendees: resesRecords.attendees,
        pokir: sql<number>`(select count(*)::int from ${pokirProposals} where ${pokirProposals.resesId} = ${resesRecords.id})`,
      })
      .from(resesRecords)
      .innerJoin(kelurahan, eq(kelurahan.id, resesRecords.kelurahanId))
      .where(eq(resesRecords.memberId, memberId))
      .orderBy(desc(resesRecords.heldOn))
      .limit(limit),
    tx
      .select({
        total: sql<number>`count(*)::int`,
        attendees: sql<number>`coalesce(sum(${resesRecords.attendees}), 0)::int`,
      })
      .from(resesRecords)
      .where(eq(resesRecords.memberId, memberId)),
  ]);
  return { events, total: sum?.total ?? 0, attendees: sum?.attendees ?? 0 };
}
