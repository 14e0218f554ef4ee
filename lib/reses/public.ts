import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { db, type Db } from "@/lib/db";
import { resesPeriods, resesReports } from "@/lib/db/schema";
import type { ResesReportStatus } from "./constants";
import type { ResesReportContent } from "./draft";
import { publicReportCondition } from "./policy";
import { periodLabel } from "./service";

/** The public version of a report: dates, places, counts, bidang counts and the summary text only. */
export interface PublicResesReport {
  id: string;
  periodLabel: string;
  status: ResesReportStatus;
  events: { heldOn: string; place: string; kelurahan: string; attendees: number }[];
  totalAttendees: number;
  bidang: { name: string; count: number }[];
  pokirCount: number;
  summary: string;
  followUp: string;
}

/** A member's submitted and accepted reports, newest period first, without any personal data. */
export async function publicReports(memberId: string, tx: Db = db): Promise<PublicResesReport[]> {
  const rows = await tx
    .select({ r: resesReports, p: resesPeriods })
    .from(resesReports)
    .innerJoin(resesPeriods, eq(resesPeriods.id, resesReports.periodId))
    .where(and(eq(resesReports.memberId, memberId), publicReportCondition()))
    .orderBy(desc(resesPeriods.year), desc(resesPeriods.masaSidang));
  return rows.map(({ r, p }) => {
    const c = r.content as ResesReportContent;
    // Pick fields one by one: whatever else the snapshot may hold never reaches the public.
    return {
      id: r.id,
      periodLabel: periodLabel(p),
      status: r.status,
      events: c.events.map((e) => ({
        heldOn: e.heldOn,
        place: e.place,
        kelurahan: e.kelurahan,
        attendees: e.attendees,
      })),
      totalAttendees: c.totalAttendees,
      bidang: c.bidang.map((b) => ({ name: b.name, count: b.count })),
      pokirCount: c.pokirCount,
      summary: r.summary,
      followUp: r.followUp,
    };
  });
}
