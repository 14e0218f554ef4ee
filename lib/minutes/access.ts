import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { logDenied } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { meetingAttendance, meetings, meetingTypes, minutes } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { errors } from "@/lib/errors";
import { canSeeMeeting, isOffice } from "./policy";

/** A meeting with its minutes and what the actor is in it. */
export interface MeetingScope {
  meeting: typeof meetings.$inferSelect & {
    typeName: string;
    correctionDays: number;
    correctionDayKind: "kerja" | "kalender";
  };
  minutes: typeof minutes.$inferSelect;
  isOffice: boolean;
  isChair: boolean;
  isSecretary: boolean;
  /** The actor is a member of the meeting's body (on its attendance list). */
  inBody: boolean;
}

/**
 * Load a meeting for an actor. Office users see every meeting; a member sees the meetings of bodies
 * they belong to or chair. Anything else is a 404 (never 403), and the refusal is logged.
 */
export async function loadScope(
  actor: Actor,
  meetingId: string,
  opts: { forUpdate?: boolean } = {},
  tx: Db = db,
): Promise<MeetingScope> {
  if (!z.uuid().safeParse(meetingId).success) throw errors.notFound("Rapat");
  const q = tx
    .select({
      meeting: meetings,
      minutes,
      typeName: meetingTypes.name,
      correctionDays: meetingTypes.correctionDays,
      correctionDayKind: meetingTypes.correctionDayKind,
    })
    .from(meetings)
    .innerJoin(minutes, eq(minutes.meetingId, meetings.id))
    .innerJoin(meetingTypes, eq(meetingTypes.id, meetings.typeId))
    .where(eq(meetings.id, meetingId));
  const [row] = opts.forUpdate ? await q.for("update", { of: minutes }) : await q;
  if (!row) throw errors.notFound("Rapat");
  const office = isOffice(actor);
  const isChair = row.meeting.chairId === actor.id;
  const isSecretary = row.meeting.secretaryId === actor.id;
  let inBody = false;
  if (actor.role === "member") {
    const att = await tx
      .select({ userId: meetingAttendance.userId })
      .from(meetingAttendance)
      .where(and(eq(meetingAttendance.meetingId, meetingId), eq(meetingAttendance.userId, actor.id)));
    inBody = att.length > 0;
  }
  if (!canSeeMeeting(actor, { chairId: row.meeting.chairId, attendeeIds: inBody ? [actor.id] : [] })) {
    await logDenied(actor, "meeting.read", { type: "meeting", id: meetingId }, tx);
    throw errors.notFound("Rapat");
  }
  return {
    meeting: {
      ...row.meeting,
      typeName: row.typeName,
      correctionDays: row.correctionDays,
      correctionDayKind: row.correctionDayKind,
    },
    minutes: row.minutes,
    isOffice: office,
    isChair,
    isSecretary,
    inBody,
  };
}
