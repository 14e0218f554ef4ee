import "server-only";
import { and, asc, eq, gte, lte, sql } from "drizzle-orm";
import { db, type Db } from "@/lib/db";
import { kelurahan, pokirBidang, pokirProposals, resesRecords } from "@/lib/db/schema";

/** The figures of a Laporan Hasil Reses, drafted from the member's records (no citizen names). */
export interface ResesReportContent {
  events: { heldOn: string; place: string; kelurahan: string; attendees: number }[];
  totalAttendees: number;
  /** Aspirations (pokir entered from the reses) per bidang. */
  bidang: { name: string; count: number }[];
  pokirCount: number;
  /** Pokir from the reses per status: the follow-up so far. */
  pokirByStatus: { status: string; count: number }[];
}

/** Draft the report figures of one member for the dates of a period. */
export async function draftContent(
  memberId: string,
  range: { from: string; to: string },
  tx: Db = db,
): Promise<ResesReportContent> {
  const inPeriod = and(
    eq(resesRecords.memberId, memberId),
    gte(resesRecords.heldOn, range.from),
    lte(resesRecords.heldOn, range.to),
  );
  const events = await tx
    .select({
      heldOn: resesRecords.heldOn,
      place: resesRecords.place,
      kelurahan: kelurahan.name,
      attendees: resesRecords.attendees,
    })
    .from(resesRecords)
    .innerJoin(kelurahan, eq(kelurahan.id, resesRecords.kelurahanId))
    .where(inPeriod)
    .orderBy(asc(resesRecords.heldOn), asc(resesRecords.place));
  const fromReses = and(inPeriod, eq(pokirProposals.resesId, resesRecords.id));
  const bidang = await tx
    .select({
      name: sql<string>`coalesce(${pokirBidang.name}, 'Bidang belum ditentukan')`,
      count: sql<number>`count(*)::int`,
    })
    .from(pokirProposals)
    .innerJoin(resesRecords, fromReses)
    .leftJoin(pokirBidang, eq(pokirBidang.id, pokirProposals.bidangId))
    .groupBy(pokirBidang.name)
    .orderBy(sql`count(*) desc`, sql`1`);
  const byStatus = await tx
    .select({ status: pokirProposals.status, count: sql<number>`count(*)::int` })
    .from(pokirProposals)
    .innerJoin(resesRecords, fromReses)
    .groupBy(pokirProposals.status)
    .orderBy(pokirProposals.status);
  return {
    events,
    totalAttendees: events.reduce((s, e) => s + e.attendees, 0),
    bidang,
    pokirCount: byStatus.reduce((s, r) => s + r.count, 0),
    pokirByStatus: byStatus,
  };
}
