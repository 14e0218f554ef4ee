import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { writeAudit } from "@/lib/audit/service";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { meetingAttendance, minutes, minutesConfirmations, minutesCorrections, users } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { errors } from "@/lib/errors";
import { loadScope, type MeetingScope } from "./access";
import { proposeCorrectionSchema, respondCorrectionSchema } from "./schema";
import {
  confirmationGuard,
  confirmationProgress,
  correctionGuard,
  correctionWindow,
  type ConfirmationProgress,
  type MinutesStatus,
} from "./workflow-rules";
import { parseInput } from "@/lib/validation";

/** A member of the meeting's body proposes a correction to the circulated draft, within the window. */
export async function proposeCorrection(
  actor: Actor | null,
  meetingId: string,
  input: unknown,
  now = new Date(),
  tx: Db = db,
): Promise<string> {
  const me = await requirePermission(actor, "minutes.correct", tx);
  const data = parseInput(proposeCorrectionSchema, input);
  return tx.transaction(async (tx) => {
    const scope = await loadScope(me, meetingId, { forUpdate: true }, tx);
    const window = correctionWindow(scope.minutes.reviewStartedAt, scope.minutes.correctionDeadline, now);
    const g = correctionGuard(scope.minutes.status as MinutesStatus, window, scope.inBody || scope.isChair);
    if (!g.ok) throw errors.conflict(g.reason);
    const [row] = await tx
      .insert(minutesCorrections)
      .values({
        minutesId: scope.minutes.id,
        versionNumber: scope.minutes.revision,
        proposerId: me.id,
        section: data.section,
        text: data.text,
      })
      .returning({ id: minutesCorrections.id });
    await writeAudit(
      {
        actor: me,
        action: "minutes.correction.propose",
        entityType: "minutes",
        entityId: scope.minutes.id,
        detail: { correctionId: row.id },
      },
      tx,
    );
    return row.id;
  });
}

/** Corrections of a meeting's minutes: all for office users and the chair, a member's own otherwise. */
export async function listCorrections(actor: Actor | null, meetingId: string, tx: Db = db) {
  const me = await requirePermission(actor, "meeting.read", tx);
  const scope = await loadScope(me, meetingId, undefined, tx);
  const all = scope.isOffice || scope.isChair;
  return tx
    .select({
      id: minutesCorrections.id,
      section: minutesCorrections.section,
      text: minutesCorrections.text,
      status: minutesCorrections.status,
      response: minutesCorrections.response,
      versionNumber: minutesCorrections.versionNumber,
      proposer: users.name,
      createdAt: minutesCorrections.createdAt,
      respondedAt: minutesCorrections.respondedAt,
    })
    .from(minutesCorrections)
    .innerJoin(users, eq(users.id, minutesCorrections.proposerId))
    .where(
      and(
        eq(minutesCorrections.minutesId, scope.minutes.id),
        all ? undefined : eq(minutesCorrections.proposerId, me.id),
      ),
    )
    .orderBy(desc(minutesCorrections.createdAt));
}

/** The note-taker accepts (and works into the draft) or rejects a proposed correction. */
export async function respondCorrection(
  actor: Actor | null,
  correctionId: string,
  input: unknown,
  tx: Db = db,
): Promise<void> {
  const me = await requirePermission(actor, "minutes.edit", tx);
  const data = parseInput(respondCorrectionSchema, input);
  if (!z.uuid().safeParse(correctionId).success) throw errors.notFound("Usulan koreksi");
  await tx.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: minutesCorrections.id, status: minutesCorrections.status, meetingId: minutes.meetingId })
      .from(minutesCorrections)
      .innerJoin(minutes, eq(minutes.id, minutesCorrections.minutesId))
      .where(eq(minutesCorrections.id, correctionId));
    if (!row) throw errors.notFound("Usulan koreksi");
    const scope = await loadScope(me, row.meetingId, { forUpdate: true }, tx);
    if (row.status !== "diajukan") throw errors.conflict("Usulan koreksi ini sudah ditanggapi.");
    await tx
      .update(minutesCorrections)
      .set({ status: data.decision, response: data.response ?? null, respondedBy: me.id, respondedAt: new Date() })
      .where(eq(minutesCorrections.id, correctionId));
    await writeAudit(
      {
        actor: me,
        action: `minutes.correction.${data.decision}`,
        entityType: "minutes",
        entityId: scope.minutes.id,
        detail: { correctionId },
      },
      tx,
    );
  });
}

/** Whether the actor was present (hadir) at the meeting. */
async function attended(meetingId: string, userId: string, tx: Db): Promise<boolean> {
  const rows = await tx
    .select({ status: meetingAttendance.status })
    .from(meetingAttendance)
    .where(and(eq(meetingAttendance.meetingId, meetingId), eq(meetingAttendance.userId, userId)));
  return rows[0]?.status === "hadir";
}

/**
 * A member who attended confirms that the circulated draft needs no correction from them (for its
 * current revision). When every attendee has confirmed, the chair may finalise before the window
 * ends without giving a reason.
 */
export async function confirmDraft(actor: Actor | null, meetingId: string, now = new Date(), tx: Db = db) {
  const me = await requirePermission(actor, "minutes.correct", tx);
  await tx.transaction(async (tx) => {
    const scope = await loadScope(me, meetingId, { forUpdate: true }, tx);
    const window = correctionWindow(scope.minutes.reviewStartedAt, scope.minutes.correctionDeadline, now);
    const g = confirmationGuard(
      scope.minutes.status as MinutesStatus,
      window,
      await attended(scope.meeting.id, me.id, tx),
    );
    if (!g.ok) throw errors.conflict(g.reason);
    const revision = scope.minutes.revision;
    await tx
      .insert(minutesConfirmations)
      .values({ minutesId: scope.minutes.id, userId: me.id, revision, createdAt: now })
      .onConflictDoUpdate({
        target: [minutesConfirmations.minutesId, minutesConfirmations.userId],
        set: { revision, createdAt: now },
      });
    await writeAudit(
      { actor: me, action: "minutes.confirm", entityType: "minutes", entityId: scope.minutes.id, detail: { revision } },
      tx,
    );
  });
}

/**
 * The attendees' confirmations of the current draft, whether `userId` confirmed it (`mine`), and
 * whether they confirmed an earlier text only (`mineStale`).
 */
export async function confirmationsOf(
  scope: Pick<MeetingScope, "meeting" | "minutes">,
  userId: string | null,
  tx: Db = db,
): Promise<ConfirmationProgress & { mine: boolean; mineStale: boolean }> {
  const [attendance, confirmations] = await Promise.all([
    tx
      .select({ userId: meetingAttendance.userId, status: meetingAttendance.status })
      .from(meetingAttendance)
      .where(eq(meetingAttendance.meetingId, scope.meeting.id)),
    tx
      .select({ userId: minutesConfirmations.userId, revision: minutesConfirmations.revision })
      .from(minutesConfirmations)
      .where(eq(minutesConfirmations.minutesId, scope.minutes.id)),
  ]);
  const progress = confirmationProgress(attendance, confirmations, scope.minutes.revision, scope.meeting.chairId);
  const own = confirmations.find((c) => c.userId === userId);
  const mine = own?.revision === scope.minutes.revision;
  return { ...progress, mine, mineStale: Boolean(own) && !mine };
}
