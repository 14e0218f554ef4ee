import { inArray } from "drizzle-orm";
import type { Actor } from "@/lib/auth/roles";
import { resesReports } from "@/lib/db/schema";
import { REPORTED_STATUSES, type ResesReportStatus } from "./constants";

/** Who may read a report: the member who wrote it, and office staff. */
export function canReadReport(actor: Actor | null, report: { memberId: string }): boolean {
  if (!actor) return false;
  return actor.role === "staff" || actor.role === "admin" || actor.id === report.memberId;
}

/** The public sees a report once it is submitted (row predicate). */
export function isPublicReport(report: { status: ResesReportStatus }): boolean {
  return REPORTED_STATUSES.includes(report.status);
}

/** The same rule as a SQL condition for lists. */
export const publicReportCondition = () => inArray(resesReports.status, [...REPORTED_STATUSES]);
