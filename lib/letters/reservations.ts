import "server-only";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { prepareFiles, saveAttachments, type IncomingFile } from "@/lib/attachments/service";
import { writeAudit } from "@/lib/audit/service";
import { logDenied, requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { letterNumbers, letterRegisters, outgoingLetters, users } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { errors } from "@/lib/errors";
import { assertClassification, todayWita } from "./input-checks";
import { issueNumbers, resolveRegister } from "./number-allocation";
import { MAX_OUTGOING_FILES, OUTGOING_OWNER, resolveReplyTo } from "./outgoing";
import { cancelSchema, reservationSchema, reservedLetterSchema } from "./schema";
import { outgoingVisibleTo } from "./policy";
import { parseInput, isUuid } from "@/lib/validation";

/**
 * Reserve one number or a block for letters signed on paper while systems are down. The numbers
 * come from the outgoing register's counter like any other: a block is contiguous.
 */
export async function reserveNumbers(actor: Actor | null, input: unknown, tx: Db = db): Promise<{ numbers: string[] }> {
  const me = await requirePermission(actor, "letter.outgoing.issue", tx);
  const data = parseInput(reservationSchema, input);
  const today = todayWita();
  const date = data.letterDate ?? today;
  if (date.slice(0, 4) !== today.slice(0, 4))
    throw errors.validation({ letterDate: ["Tanggal surat untuk nomor cadangan harus dalam tahun berjalan."] });
  await assertClassification(data.classificationCode, undefined, tx);
  const reg = await resolveRegister("keluar", data.registerId, tx);
  return tx.transaction(async (tx) => {
    const nums = await issueNumbers(
      reg,
      {
        date,
        count: data.count,
        status: "dicadangkan",
        createdBy: me.id,
        classification: data.classificationCode,
        reservedFor: data.reservedFor,
      },
      tx,
    );
    await writeAudit(
      {
        actor: me,
        action: "letter.reservation.create",
        entityType: "letter_register",
        entityId: reg.id,
        detail: { numbers: nums.map((n) => n.number), count: nums.length },
      },
      tx,
    );
    return { numbers: nums.map((n) => n.number) };
  });
}

async function lockReservation(tx: Db, me: Actor, id: string, permission: string) {
  const [row] = isUuid(id) ? await tx.select().from(letterNumbers).where(eq(letterNumbers.id, id)).for("update") : [];
  if (!row) {
    await logDenied(me, permission, { type: "letter_number", id }, tx);
    throw errors.notFound("Nomor cadangan");
  }
  if (row.status !== "dicadangkan")
    throw errors.conflict(
      row.status === "dibatalkan"
        ? "Nomor cadangan ini sudah dibatalkan dan tidak dapat dipakai lagi."
        : "Nomor ini sudah dipakai oleh surat.",
    );
  return row;
}

/** Cancel an unused reservation with a reason. It stays in the ledger, visible, and is never reused. */
export async function cancelReservation(actor: Actor | null, id: string, input: unknown, tx: Db = db): Promise<void> {
  const me = await requirePermission(actor, "letter.outgoing.issue", tx);
  const data = parseInput(cancelSchema, input);
  await tx.transaction(async (tx) => {
    const row = await lockReservation(tx, me, id, "letter.outgoing.issue");
    await tx
      .update(letterNumbers)
      .set({ status: "dibatalkan", cancelledAt: new Date(), cancelledBy: me.id, cancelReason: data.reason })
      .where(eq(letterNumbers.id, id));
    await writeAudit(
      {
        actor: me,
        action: "letter.reservation.cancel",
        entityType: "letter_number",
        entityId: id,
        detail: { number: row.number },
      },
      tx,
    );
  });
}

/** Record the letter that was signed on paper with a reserved number; it is issued at once. */
export async function recordReservedLetter(
  actor: Actor | null,
  id: string,
  input: unknown,
  files: (File | IncomingFile)[] = [],
  tx: Db = db,
): Promise<{ letterId: string; number: string }> {
  const me = await requirePermission(actor, "letter.outgoing.issue", tx);
  const data = parseInput(reservedLetterSchema, input);
  const replyToId = await resolveReplyTo(me, data.replyToAgenda, tx);
  const prepared = await prepareFiles(files, { max: MAX_OUTGOING_FILES, field: "lampiran" });
  return tx.transaction(async (tx) => {
    const num = await lockReservation(tx, me, id, "letter.outgoing.issue");
    if (data.letterDate.slice(0, 4) !== String(num.year))
      throw errors.validation({ letterDate: [`Tanggal surat harus di tahun ${num.year}, tahun nomor cadangan ini.`] });
    const now = new Date();
    const [row] = await tx
      .insert(outgoingLetters)
      .values({
        registerId: num.registerId,
        numberId: num.id,
        number: num.number,
        numberYear: num.year,
        numberSeq: num.seq,
        status: "terbit",
        subject: data.subject,
        recipients: data.recipients,
        copies: data.copies ?? null,
        classificationCode: num.classificationCode!,
        nature: data.nature,
        signer: data.signer,
        letterDate: data.letterDate,
        summary: data.summary ?? null,
        replyToId,
        createdBy: me.id,
        issuedBy: me.id,
        issuedAt: now,
      })
      .returning({ id: outgoingLetters.id });
    await tx
      .update(letterNumbers)
      .set({ status: "dipakai", usedAt: now, letterDate: data.letterDate })
      .where(eq(letterNumbers.id, id));
    await saveAttachments({ type: OUTGOING_OWNER, id: row.id }, prepared, me.id, tx);
    await writeAudit(
      {
        actor: me,
        action: "letter.reservation.use",
        entityType: "outgoing_letter",
        entityId: row.id,
        detail: { number: num.number, numberId: id },
      },
      tx,
    );
    return { letterId: row.id, number: num.number };
  });
}

const reserver = alias(users, "reservation_reserver");
const canceller = alias(users, "reservation_canceller");

/** Reserved and cancelled numbers (cancelled ones stay visible), newest first; used ones on request. */
export async function listReservations(
  actor: Actor | null,
  opts: { status?: "dicadangkan" | "dibatalkan" | "dipakai"; page?: number } = {},
  tx: Db = db,
) {
  const me = await requirePermission(actor, "letter.read", tx);
  const pageSize = 25;
  const page = Math.max(1, opts.page ?? 1);
  // Reservations only: numbers that were reserved (reservedFor is set), whatever became of them.
  const where = and(
    sql`${letterNumbers.reservedFor} is not null`,
    opts.status
      ? eq(letterNumbers.status, opts.status)
      : inArray(letterNumbers.status, ["dicadangkan", "dibatalkan", "dipakai"]),
  );
  const items = await tx
    .select({
      id: letterNumbers.id,
      number: letterNumbers.number,
      year: letterNumbers.year,
      seq: letterNumbers.seq,
      status: letterNumbers.status,
      reservedFor: letterNumbers.reservedFor,
      letterDate: letterNumbers.letterDate,
      classificationCode: letterNumbers.classificationCode,
      registerName: letterRegisters.name,
      reservedByName: reserver.name,
      createdAt: letterNumbers.createdAt,
      cancelledByName: canceller.name,
      cancelledAt: letterNumbers.cancelledAt,
      cancelReason: letterNumbers.cancelReason,
      letterId: outgoingLetters.id,
    })
    .from(letterNumbers)
    .innerJoin(letterRegisters, eq(letterRegisters.id, letterNumbers.registerId))
    .innerJoin(reserver, eq(reserver.id, letterNumbers.createdBy))
    .leftJoin(canceller, eq(canceller.id, letterNumbers.cancelledBy))
    // The letter that used a number is linked only when the viewer may see it (rahasia).
    .leftJoin(outgoingLetters, and(eq(outgoingLetters.numberId, letterNumbers.id), outgoingVisibleTo(me)))
    .where(where)
    .orderBy(desc(letterNumbers.createdAt), desc(letterNumbers.seq))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [{ total }] = await tx
    .select({ total: sql<number>`count(*)::int` })
    .from(letterNumbers)
    .where(where);
  return { items, total, page, pageSize };
}

/** One reservation for the "record the paper letter" form. */
export async function getReservation(actor: Actor | null, id: string, tx: Db = db) {
  const me = await requirePermission(actor, "letter.outgoing.issue", tx);
  const [row] = isUuid(id)
    ? await tx
        .select()
        .from(letterNumbers)
        .where(and(eq(letterNumbers.id, id), sql`${letterNumbers.reservedFor} is not null`))
    : [];
  if (!row) {
    await logDenied(me, "letter.outgoing.issue", { type: "letter_number", id }, tx);
    throw errors.notFound("Nomor cadangan");
  }
  return row;
}
