import "server-only";
import { MAX_FILES } from "@/lib/attachments/limits";
import { and, eq } from "drizzle-orm";
import { prepareFiles, saveAttachments, type IncomingFile } from "@/lib/attachments/service";
import { writeAudit } from "@/lib/audit/service";
import { logDenied, requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { incomingLetters, outgoingLetters } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { errors } from "@/lib/errors";
import { assertClassification, diffFields, recordRevision, todayWita } from "./input-checks";
import { issueNumbers, requireClassificationFor, resolveRegister } from "./number-allocation";
import { cancelSchema, outgoingCorrectionSchema, outgoingDraftSchema } from "./schema";
import { incomingVisibleTo, outgoingById } from "./policy";
import { parseInput, isUuid } from "@/lib/validation";

/** Owner type of outgoing letter files in the attachments table. */
export const OUTGOING_OWNER = "letter_out";
export const MAX_OUTGOING_FILES = MAX_FILES;

/** The incoming letter an outgoing one answers, found by its agenda number among those the actor sees. */
export async function resolveReplyTo(me: Actor, agenda: string | undefined, tx: Db = db): Promise<string | null> {
  if (!agenda) return null;
  const [row] = await tx
    .select({ id: incomingLetters.id })
    .from(incomingLetters)
    .where(and(eq(incomingLetters.agendaNumber, agenda), incomingVisibleTo(me)));
  if (!row)
    throw errors.validation({
      replyToAgenda: [`Surat masuk dengan nomor agenda ${agenda.slice(0, 60)} tidak ditemukan.`],
    });
  return row.id;
}

/** Create an outgoing letter draft (no number yet: it is issued on approval). */
export async function createOutgoingDraft(
  actor: Actor | null,
  input: unknown,
  files: (File | IncomingFile)[] = [],
  tx: Db = db,
): Promise<{ id: string }> {
  const me = await requirePermission(actor, "letter.register", tx);
  const data = parseInput(outgoingDraftSchema, input);
  await assertClassification(data.classificationCode, undefined, tx);
  const reg = await resolveRegister("keluar", data.registerId, tx);
  const replyToId = await resolveReplyTo(me, data.replyToAgenda, tx);
  const prepared = await prepareFiles(files, { max: MAX_OUTGOING_FILES, field: "lampiran" });
  return tx.transaction(async (tx) => {
    const [row] = await tx
      .insert(outgoingLetters)
      .values({
        registerId: reg.id,
        subject: data.subject,
        recipients: data.recipients,
        copies: data.copies ?? null,
        classificationCode: data.classificationCode,
        nature: data.nature,
        signer: data.signer,
        summary: data.summary ?? null,
        replyToId,
        createdBy: me.id,
      })
      .returning({ id: outgoingLetters.id });
    await saveAttachments({ type: OUTGOING_OWNER, id: row.id }, prepared, me.id, tx);
    await writeAudit(
      {
        actor: me,
        action: "letter.outgoing.draft",
        entityType: "outgoing_letter",
        entityId: row.id,
        detail: { registerId: reg.id, nature: data.nature },
      },
      tx,
    );
    return { id: row.id };
  });
}

/** The outgoing letter locked for a change, when the actor may see it. */
async function lockOutgoing(tx: Db, me: Actor, id: string, permission: string) {
  const [row] = isUuid(id) ? await tx.select().from(outgoingLetters).where(outgoingById(me, id)).for("update") : [];
  if (!row) {
    await logDenied(me, permission, { type: "outgoing_letter", id }, tx);
    throw errors.notFound("Surat keluar");
  }
  return row;
}

const EDITABLE = ["subject", "recipients", "copies", "nature", "signer", "summary", "replyToId"] as const;

/**
 * Edit a draft, or correct an issued letter (with a reason). The number and, once issued, the
 * classification stay; every change is kept in the history.
 */
export async function updateOutgoing(
  actor: Actor | null,
  id: string,
  input: unknown,
  files: (File | IncomingFile)[] = [],
  tx: Db = db,
): Promise<{ version: number }> {
  const me = await requirePermission(actor, "letter.register", tx);
  const raw = (input ?? {}) as Record<string, unknown>;
  const isCorrection = "reason" in raw;
  const data = isCorrection ? parseInput(outgoingCorrectionSchema, input) : parseInput(outgoingDraftSchema, input);
  if ("classificationCode" in data) await assertClassification(data.classificationCode, undefined, tx);
  const replyToId = await resolveReplyTo(me, data.replyToAgenda, tx);
  const prepared = await prepareFiles(files, { max: MAX_OUTGOING_FILES, field: "lampiran" });
  return tx.transaction(async (tx) => {
    const before = await lockOutgoing(tx, me, id, "letter.register");
    if (before.status === "dibatalkan") throw errors.conflict("Surat yang dibatalkan tidak dapat diubah.");
    if (before.status === "terbit" && !isCorrection)
      throw errors.validation({ reason: ["Surat yang nomornya sudah terbit hanya dapat dikoreksi dengan alasan."] });
    const next = { ...data, copies: data.copies ?? null, summary: data.summary ?? null, replyToId };
    const keys: (keyof typeof before & string)[] = [
      ...EDITABLE,
      ...(before.status === "draf" && "classificationCode" in data ? (["classificationCode"] as const) : []),
    ];
    const changes = diffFields(before, next as Partial<typeof before>, keys);
    if (prepared.length) changes.lampiran = { from: null, to: prepared.map((f) => f.fileName) };
    if (Object.keys(changes).length === 0) throw errors.validation({}, "Tidak ada perubahan untuk disimpan.");
    const version = before.version + 1;
    await tx
      .update(outgoingLetters)
      .set({
        ...Object.fromEntries(keys.map((k) => [k, (next as Record<string, unknown>)[k]])),
        version,
        updatedAt: new Date(),
      })
      .where(eq(outgoingLetters.id, id));
    const reason = "reason" in data ? data.reason : "Perubahan draf";
    await recordRevision({ direction: "keluar", letterId: id, version, changedBy: me.id, reason, changes }, tx);
    await saveAttachments({ type: OUTGOING_OWNER, id }, prepared, me.id, tx);
    await writeAudit(
      {
        actor: me,
        action: isCorrection ? "letter.outgoing.correct" : "letter.outgoing.update",
        entityType: "outgoing_letter",
        entityId: id,
        detail: { fields: Object.keys(changes), version },
      },
      tx,
    );
    return { version };
  });
}

/** Approve a draft and issue its number (gap-free per register per year) in one transaction. */
export async function issueOutgoing(
  actor: Actor | null,
  id: string,
  opts: { now?: Date } = {},
  tx: Db = db,
): Promise<{ number: string }> {
  const me = await requirePermission(actor, "letter.outgoing.issue", tx);
  return tx.transaction(async (tx) => {
    const draft = await lockOutgoing(tx, me, id, "letter.outgoing.issue");
    if (draft.status !== "draf")
      throw errors.conflict(
        draft.status === "terbit" ? `Nomor surat ini sudah terbit: ${draft.number}.` : "Surat ini sudah dibatalkan.",
      );
    const reg = await resolveRegister("keluar", draft.registerId, tx);
    requireClassificationFor(reg, draft.classificationCode);
    const date = todayWita(opts.now);
    const [num] = await issueNumbers(
      reg,
      { date, status: "dipakai", createdBy: me.id, classification: draft.classificationCode },
      tx,
    );
    const now = opts.now ?? new Date();
    await tx
      .update(outgoingLetters)
      .set({
        status: "terbit",
        numberId: num.id,
        number: num.number,
        numberYear: num.year,
        numberSeq: num.seq,
        letterDate: date,
        issuedBy: me.id,
        issuedAt: now,
        updatedAt: now,
      })
      .where(eq(outgoingLetters.id, id));
    await writeAudit(
      {
        actor: me,
        action: "letter.outgoing.issue",
        entityType: "outgoing_letter",
        entityId: id,
        detail: { number: num.number },
      },
      tx,
    );
    return { number: num.number };
  });
}

/** Cancel a draft or an issued letter. An issued number stays used in the ledger: it is never reused. */
export async function cancelOutgoing(actor: Actor | null, id: string, input: unknown, tx: Db = db): Promise<void> {
  const me = await requirePermission(actor, "letter.outgoing.issue", tx);
  const data = parseInput(cancelSchema, input);
  await tx.transaction(async (tx) => {
    const row = await lockOutgoing(tx, me, id, "letter.outgoing.issue");
    if (row.status === "dibatalkan") throw errors.conflict("Surat ini sudah dibatalkan.");
    await tx
      .update(outgoingLetters)
      .set({
        status: "dibatalkan",
        cancelledAt: new Date(),
        cancelledBy: me.id,
        cancelReason: data.reason,
        updatedAt: new Date(),
      })
      .where(eq(outgoingLetters.id, id));
    await writeAudit(
      {
        actor: me,
        action: "letter.outgoing.cancel",
        entityType: "outgoing_letter",
        entityId: id,
        detail: { from: row.status, number: row.number },
      },
      tx,
    );
  });
}
