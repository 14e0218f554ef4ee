import "server-only";
import { and, eq, isNotNull, isNull, max } from "drizzle-orm";
import { writeAudit } from "@/lib/audit/service";
import { loadHolidaySet } from "@/lib/calendar/holidays";
import { requirePermission } from "@/lib/auth/guard";
import { verifyPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/roles";
import { minutes, minutesCorrections, minutesDocuments, users } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { errors } from "@/lib/errors";
import { notifyContact } from "@/lib/outbox/service";
import { hitRateLimit } from "@/lib/rate-limit/service";
import { loadScope, type MeetingScope } from "./access";
import { buildPdfData, newDocumentCode } from "./pdf-data";
import { renderMinutesPdf } from "./pdf/render";
import { confirmationsOf } from "./corrections";
import { approveSchema, correctionReasonSchema, returnSchema, signSchema } from "./schema";
import { applySignature, currentDocument, workflowContext } from "./signing";
import { correctionDeadline, guard, type WorkflowAction } from "./workflow-rules";
import { parseInput } from "@/lib/validation";
import { formatDateTime } from "@/lib/format";

async function guarded(db: Db, scope: MeetingScope, action: WorkflowAction) {
  const g = guard(action, await workflowContext(scope, db));
  if (!g.ok) throw errors.conflict(g.reason);
  return g;
}

/** Note-taker sends the draft to the chair; the members' correction window opens now. */
export async function submitForReview(actor: Actor | null, meetingId: string, tx: Db = db): Promise<void> {
  const me = await requirePermission(actor, "minutes.edit", tx);
  await tx.transaction(async (tx) => {
    const scope = await loadScope(me, meetingId, { forUpdate: true }, tx);
    await guarded(tx, scope, "ajukan");
    const now = new Date();
    const year = now.getUTCFullYear();
    const deadline = correctionDeadline(
      now,
      scope.meeting.correctionDays,
      scope.meeting.correctionDayKind,
      await loadHolidaySet(year, year + 1, tx),
    );
    await tx
      .update(minutes)
      .set({ status: "ditinjau", reviewStartedAt: now, correctionDeadline: deadline, updatedAt: now })
      .where(eq(minutes.id, scope.minutes.id));
    const [chair] = await tx.select({ email: users.email }).from(users).where(eq(users.id, scope.meeting.chairId));
    await notifyContact(
      { email: chair?.email },
      {
        subject: `Draf risalah menunggu tinjauan: ${scope.meeting.title}`,
        body: `Draf risalah rapat "${scope.meeting.title}" siap ditinjau di Portal Anggota Si Dilan (Rapat Saya).`,
        relatedType: "minutes",
        relatedId: scope.minutes.id,
      },
      tx,
    );
    await writeAudit(
      {
        actor: me,
        action: "minutes.submit",
        entityType: "minutes",
        entityId: scope.minutes.id,
        detail: { revision: scope.minutes.revision },
      },
      tx,
    );
  });
}

/** The chair sends the draft back to the note-taker with a note. */
export async function returnToDraft(
  actor: Actor | null,
  meetingId: string,
  input: unknown,
  tx: Db = db,
): Promise<void> {
  const me = await requirePermission(actor, "minutes.review", tx);
  const { note } = parseInput(returnSchema, input);
  await tx.transaction(async (tx) => {
    const scope = await loadScope(me, meetingId, { forUpdate: true }, tx);
    await guarded(tx, scope, "kembalikan");
    await tx.update(minutes).set({ status: "draf", updatedAt: new Date() }).where(eq(minutes.id, scope.minutes.id));
    await writeAudit(
      { actor: me, action: "minutes.return", entityType: "minutes", entityId: scope.minutes.id, detail: { note } },
      tx,
    );
  });
}

const EARLY_REASON_MIN = 10;

/**
 * Approving locks the minutes and closes corrections, so it is refused while a member's correction is
 * still unanswered, and before the correction window ends unless a reason is recorded.
 */
async function approvalGate(
  db: Db,
  scope: MeetingScope,
  earlyReason: string | undefined,
  now: Date,
): Promise<{ early: boolean; allConfirmed: boolean }> {
  const pending = await db
    .select({ section: minutesCorrections.section, proposer: users.name })
    .from(minutesCorrections)
    .innerJoin(users, eq(users.id, minutesCorrections.proposerId))
    .where(and(eq(minutesCorrections.minutesId, scope.minutes.id), eq(minutesCorrections.status, "diajukan")))
    .orderBy(minutesCorrections.createdAt);
  if (pending.length > 0) {
    const list = pending.map((p) => `"${p.section}" (${p.proposer})`).join("; ");
    throw errors.conflict(
      `Masih ada ${pending.length} usulan koreksi yang belum ditanggapi: ${list}. Terima atau tolak usulan tersebut sebelum risalah disetujui.`,
    );
  }
  const deadline = scope.minutes.correctionDeadline;
  const early = deadline != null && now.getTime() < deadline.getTime();
  const progress = early ? await confirmationsOf(scope, null, db) : null;
  const allConfirmed = Boolean(progress?.all);
  if (early && !allConfirmed && (earlyReason ?? "").length < EARLY_REASON_MIN) {
    const asked = `${progress!.confirmed} dari ${progress!.expected} anggota yang hadir telah mengonfirmasi draf tanpa koreksi`;
    const until = formatDateTime(deadline);
    throw errors.validation(
      {
        earlyReason: [
          `Masa koreksi anggota masih berjalan sampai ${until} (${asked}). Isi alasan menyetujui lebih awal (minimal ${EARLY_REASON_MIN} karakter).`,
        ],
      },
      `Masa koreksi anggota masih berjalan sampai ${until} dan ${asked}. Risalah hanya dapat disetujui lebih awal bila semua anggota yang hadir telah mengonfirmasi, atau dengan alasan yang dicatat.`,
    );
  }
  return { early, allConfirmed };
}

/**
 * The chair approves: the content is locked (final) and rendered once to the PDF both will sign.
 * Rendering happens before the transaction (it takes a second or two, on a worker thread); the
 * transaction then checks that nothing changed meanwhile.
 */
export async function approveMinutes(
  actor: Actor | null,
  meetingId: string,
  input: unknown = {},
  now = new Date(),
  tx: Db = db,
): Promise<{ documentId: string; code: string }> {
  const me = await requirePermission(actor, "minutes.review", tx);
  const { earlyReason } = parseInput(approveSchema, input);
  const scope = await loadScope(me, meetingId, undefined, tx);
  await guarded(tx, scope, "setujui");
  await approvalGate(tx, scope, earlyReason, now);
  const [{ last }] = await tx
    .select({ last: max(minutesDocuments.documentVersion) })
    .from(minutesDocuments)
    .where(eq(minutesDocuments.minutesId, scope.minutes.id));
  const previous = await tx
    .select({ id: minutesDocuments.id, code: minutesDocuments.code })
    .from(minutesDocuments)
    .where(
      and(
        eq(minutesDocuments.minutesId, scope.minutes.id),
        isNotNull(minutesDocuments.completedAt),
        isNull(minutesDocuments.supersededAt),
      ),
    );
  const documentVersion = (last ?? 0) + 1;
  const code = newDocumentCode();
  const correction = previous[0]
    ? { supersedesCode: previous[0].code, reason: scope.minutes.pendingCorrection ?? "Koreksi risalah." }
    : null;
  const { pdf, pages } = await renderMinutesPdf(await buildPdfData(scope, { code, documentVersion, correction }, tx));
  return tx.transaction(async (tx) => {
    const locked = await loadScope(me, meetingId, { forUpdate: true }, tx);
    await guarded(tx, locked, "setujui");
    if (locked.minutes.revision !== scope.minutes.revision)
      throw errors.conflict("Draf berubah selama diproses. Silakan setujui kembali.");
    const { early, allConfirmed } = await approvalGate(tx, locked, earlyReason, now);
    const [doc] = await tx
      .insert(minutesDocuments)
      .values({
        minutesId: scope.minutes.id,
        documentVersion,
        code,
        contentVersion: scope.minutes.revision,
        pdf,
        size: pdf.length,
        pageCount: pages,
        supersedesId: previous[0]?.id ?? null,
        correctionReason: correction?.reason ?? null,
        createdBy: me.id,
      })
      .returning({ id: minutesDocuments.id });
    await tx
      .update(minutes)
      .set({ status: "final", finalizedAt: now, pendingCorrection: null, updatedAt: now })
      .where(eq(minutes.id, scope.minutes.id));
    await writeAudit(
      {
        actor: me,
        action: "minutes.approve",
        entityType: "minutes",
        entityId: scope.minutes.id,
        detail: {
          documentId: doc.id,
          documentVersion,
          pages,
          ...(early
            ? {
                earlyReason: earlyReason || null,
                allAttendeesConfirmed: allConfirmed,
                correctionDeadline: locked.minutes.correctionDeadline?.toISOString(),
              }
            : {}),
        },
      },
      tx,
    );
    return { documentId: doc.id, code };
  });
}

/** Sign as chair or meeting secretary, confirming with the account password at this moment. */
export async function signMinutes(
  actor: Actor | null,
  meetingId: string,
  input: unknown,
  tx: Db = db,
): Promise<{ role: "ketua" | "sekretaris"; completed: boolean }> {
  const me = await requirePermission(actor, "minutes.sign", tx);
  const { password } = parseInput(signSchema, input);
  const limit = await hitRateLimit(`minutes.sign:${me.id}`, 10, 900, tx);
  if (!limit.allowed)
    throw errors.rateLimited(limit.retryAfter, "Terlalu banyak percobaan tanda tangan. Coba lagi nanti.");
  const [user] = await tx.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, me.id));
  if (!user || !(await verifyPassword(user.passwordHash, password))) {
    await writeAudit(
      {
        actor: me,
        action: "minutes.sign",
        outcome: "failure",
        entityType: "meeting",
        entityId: meetingId,
        detail: { reason: "kata sandi salah" },
      },
      tx,
    );
    throw errors.validation(
      { password: ["Kata sandi salah. Tanda tangan tidak dibuat."] },
      "Kata sandi salah. Tanda tangan tidak dibuat.",
    );
  }
  return tx.transaction(async (tx) => {
    const scope = await loadScope(me, meetingId, { forUpdate: true }, tx);
    return applySignature(scope, me, undefined, tx);
  });
}

/** Publish signed minutes of an open meeting on /risalah. */
export async function publishMinutes(actor: Actor | null, meetingId: string, tx: Db = db): Promise<void> {
  const me = await requirePermission(actor, "minutes.publish", tx);
  await tx.transaction(async (tx) => {
    const scope = await loadScope(me, meetingId, { forUpdate: true }, tx);
    await guarded(tx, scope, "terbitkan");
    const doc = await currentDocument(scope.minutes.id, undefined, tx);
    if (!doc?.completedAt) throw errors.conflict("Belum ada dokumen bertanda tangan lengkap untuk diterbitkan.");
    const now = new Date();
    await tx.update(minutesDocuments).set({ publishedAt: now }).where(eq(minutesDocuments.id, doc.id));
    await tx
      .update(minutes)
      .set({ status: "terbit", publishedAt: now, updatedAt: now })
      .where(eq(minutes.id, scope.minutes.id));
    await writeAudit(
      {
        actor: me,
        action: "minutes.publish",
        entityType: "minutes",
        entityId: scope.minutes.id,
        detail: { documentId: doc.id },
      },
      tx,
    );
  });
}

/** Open a correction after signing: back to draft; the signed version stays until a new one is signed. */
export async function startCorrection(
  actor: Actor | null,
  meetingId: string,
  input: unknown,
  tx: Db = db,
): Promise<void> {
  const me = await requirePermission(actor, "minutes.edit", tx);
  const { reason } = parseInput(correctionReasonSchema, input);
  await tx.transaction(async (tx) => {
    const scope = await loadScope(me, meetingId, { forUpdate: true }, tx);
    await guarded(tx, scope, "koreksi");
    await tx
      .update(minutes)
      .set({
        status: "draf",
        pendingCorrection: reason,
        reviewStartedAt: null,
        correctionDeadline: null,
        finalizedAt: null,
        updatedAt: new Date(),
      })
      .where(eq(minutes.id, scope.minutes.id));
    await writeAudit(
      {
        actor: me,
        action: "minutes.correction",
        entityType: "minutes",
        entityId: scope.minutes.id,
        detail: { reason },
      },
      tx,
    );
  });
}
