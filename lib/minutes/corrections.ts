import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { writeAudit } from "@/lib/audit/service";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { minutes, minutesCorrections, users } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { errors } from "@/lib/errors";
import { loadScope } from "./access";
import { proposeCorrectionSchema, respondCorrectionSchema } from "./schema";
import { correctionGuard, correctionWindow, type MinutesStatus } from "./workflow-rules";
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
