import { and, eq, isNotNull, or, sql, type SQL } from "drizzle-orm";
import type { Actor } from "@/lib/auth/roles";
import { meetingAttendance, meetingNature, meetings, minutesDocuments } from "@/lib/db/schema";

/**
 * THE meeting and minutes visibility rule. Each part is written twice, as a predicate for one row
 * and as a drizzle SQL condition for lists, from the same constants; a property test
 * (tests/integration/minutes-policy-agree.test.ts) checks that they agree.
 * - A meeting (and its working draft) is visible to office users (staff, admin), to its chair and
 *   to the members of its body (its attendance list). Anyone else gets 404.
 * - A rendered minutes document is public when it is complete and published and its meeting is
 *   open (terbuka); nothing of a closed meeting is public. Otherwise office users and the chair see
 *   it (the chair reviews the final PDF before signing), and the other people on the attendance
 *   list see it once it is complete.
 */
export const OPEN_NATURE = "terbuka" satisfies (typeof meetingNature.enumValues)[number];
/** Roles that work in the back office and see every meeting. */
export const OFFICE_ROLES = ["staff", "admin"] as const;

/** A meeting as far as the rule needs it. */
export interface MeetingFacts {
  chairId: string;
  /** The people on the meeting's attendance list (the members of its body). */
  attendeeIds: readonly string[];
}

/** A minutes document with its meeting. */
export interface DocumentFacts extends MeetingFacts {
  nature: string;
  publishedAt: Date | null;
  completedAt: Date | null;
}

/** Staff and admins work in the back office. */
export function isOffice(actor: Actor | null): boolean {
  return (OFFICE_ROLES as readonly string[]).includes(actor?.role ?? "");
}

const attendsSql = (actor: Actor) =>
  sql`exists (select 1 from ${meetingAttendance} where ${meetingAttendance.meetingId} = ${meetings.id} and ${meetingAttendance.userId} = ${actor.id})`;

/** Whether the actor chairs the meeting or is on its attendance list ("my meetings"). */
export function isInvolvedIn(actor: Actor, m: MeetingFacts): boolean {
  return m.chairId === actor.id || m.attendeeIds.includes(actor.id);
}

/** The same as a condition on `meetings`. */
export function meetingInvolves(actor: Actor): SQL {
  return or(eq(meetings.chairId, actor.id), attendsSql(actor))!;
}

/** Whether the actor may see this meeting and its minutes at work. */
export function canSeeMeeting(actor: Actor | null, m: MeetingFacts): boolean {
  if (!actor) return false;
  if (isOffice(actor)) return true;
  return m.chairId === actor.id || (actor.role === "member" && m.attendeeIds.includes(actor.id));
}

/** The meetings the actor may see, as a condition on `meetings`. */
export function meetingVisibleTo(actor: Actor | null): SQL {
  if (!actor) return sql`false`;
  if (isOffice(actor)) return sql`true`;
  if (actor.role !== "member") return eq(meetings.chairId, actor.id);
  return meetingInvolves(actor);
}

/** Whether anyone, signed in or not, may see this document. */
export function publiclyVisible(d: Pick<DocumentFacts, "nature" | "publishedAt" | "completedAt">): boolean {
  return d.nature === OPEN_NATURE && d.publishedAt !== null && d.completedAt !== null;
}

/** The public documents, as a condition on `minutes_documents` joined with `meetings`. */
export function documentPublicWhere(): SQL {
  return and(
    eq(meetings.nature, OPEN_NATURE),
    isNotNull(minutesDocuments.publishedAt),
    isNotNull(minutesDocuments.completedAt),
  )!;
}

/** Whether the actor may see this minutes document. */
export function canSeeDocument(actor: Actor | null, d: DocumentFacts): boolean {
  if (publiclyVisible(d)) return true;
  if (!actor) return false;
  if (isOffice(actor) || d.chairId === actor.id) return true;
  return d.completedAt !== null && d.attendeeIds.includes(actor.id);
}

/** The documents the actor may see, as a condition on `minutes_documents` joined with `meetings`. */
export function documentVisibleTo(actor: Actor | null): SQL {
  if (!actor) return documentPublicWhere();
  if (isOffice(actor)) return sql`true`;
  return or(
    documentPublicWhere(),
    eq(meetings.chairId, actor.id),
    and(isNotNull(minutesDocuments.completedAt), attendsSql(actor)),
  )!;
}
