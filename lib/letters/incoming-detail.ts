import "server-only";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { listAttachments, prepareFiles, saveAttachments, type IncomingFile } from "@/lib/attachments/service";
import { writeAudit } from "@/lib/audit/service";
import { can, logDenied, requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { loadHolidaySet } from "@/lib/calendar/holidays";
import { incomingLetters, letterRevisions, outgoingLetters, users } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { errors } from "@/lib/errors";
import { assertActiveUser, assertClassification, diffFields, recordRevision, todayWita } from "./input-checks";
import { loadBranches } from "./disposisi/tree";
import { INCOMING_OWNER, MAX_SCANS } from "./incoming";
import { incomingCorrectionSchema } from "./schema";
import { incomingById, outgoingVisibleTo } from "./policy";
import { parseInput, isUuid } from "@/lib/validation";

const registrar = alias(users, "incoming_registrar");
const addresseeUser = alias(users, "incoming_addressee_user");

const detailColumns = {
  id: incomingLetters.id,
  agendaNumber: incomingLetters.agendaNumber,
  agendaYear: incomingLetters.agendaYear,
  agendaSeq: incomingLetters.agendaSeq,
  receivedOn: incomingLetters.receivedOn,
  senderNumber: incomingLetters.senderNumber,
  senderDate: incomingLetters.senderDate,
  sender: incomingLetters.sender,
  subject: incomingLetters.subject,
  nature: incomingLetters.nature,
  classificationCode: incomingLetters.classificationCode,
  summary: incomingLetters.summary,
  addressee: incomingLetters.addressee,
  addresseeUserId: incomingLetters.addresseeUserId,
  addresseeUserName: addresseeUser.name,
  status: incomingLetters.status,
  createdBy: incomingLetters.createdBy,
  registrarName: registrar.name,
  createdAt: incomingLetters.createdAt,
  updatedAt: incomingLetters.updatedAt,
  version: incomingLetters.version,
};

/** Staff read with letter.read; members and other recipients read through the disposition tree. */
async function requireReader(db: Db, actor: Actor | null): Promise<Actor> {
  if (actor && can(actor, "letter.read")) return actor;
  return requirePermission(actor, "letter.disposisi.read", db);
}

/** The letter row when the actor may see it; otherwise the refusal is logged and it is a 404. */
async function visibleLetter(db: Db, me: Actor, id: string, permission: string) {
  const [row] = isUuid(id)
    ? await db
        .select(detailColumns)
        .from(incomingLetters)
        .innerJoin(registrar, eq(registrar.id, incomingLetters.createdBy))
        .leftJoin(addresseeUser, eq(addresseeUser.id, incomingLetters.addresseeUserId))
        .where(incomingById(me, id))
    : [];
  if (!row) {
    await logDenied(me, permission, { type: "incoming_letter", id }, db);
    throw errors.notFound("Surat");
  }
  return row;
}

/** Everything the detail page, the recipient view and the lembar disposisi show about one letter. */
export async function getIncoming(actor: Actor | null, id: string, tx: Db = db) {
  const me = await requireReader(tx, actor);
  const letter = await visibleLetter(tx, me, id, "letter.read");
  const today = todayWita();
  const year = Number(today.slice(0, 4));
  const holidays = await loadHolidaySet(year - 1, year + 1, tx);
  const changer = alias(users, "revision_changer");
  const [attachments, branches, revisions, replies] = await Promise.all([
    listAttachments({ type: INCOMING_OWNER, id }, tx),
    loadBranches(id, me, today, holidays, tx),
    tx
      .select({
        version: letterRevisions.version,
        changedAt: letterRevisions.changedAt,
        changedByName: changer.name,
        reason: letterRevisions.reason,
        changes: letterRevisions.changes,
      })
      .from(letterRevisions)
      .innerJoin(changer, eq(changer.id, letterRevisions.changedBy))
      .where(and(eq(letterRevisions.direction, "masuk"), eq(letterRevisions.letterId, id)))
      .orderBy(desc(letterRevisions.version)),
    can(me, "letter.read")
      ? tx
          .select({
            id: outgoingLetters.id,
            number: outgoingLetters.number,
            subject: outgoingLetters.subject,
            status: outgoingLetters.status,
          })
          .from(outgoingLetters)
          .where(and(eq(outgoingLetters.replyToId, id), outgoingVisibleTo(me)))
          .orderBy(asc(outgoingLetters.createdAt))
      : Promise.resolve([]),
  ]);
  return {
    letter,
    attachments,
    branches,
    revisions,
    replies,
    canDispose: can(me, "letter.dispose") && letter.status !== "diarsipkan",
    canCorrect: can(me, "letter.register"),
    canArchive: can(me, "letter.register") && (letter.status === "selesai" || letter.status === "diterima"),
  };
}
export type IncomingDetail = Awaited<ReturnType<typeof getIncoming>>;

const CORRECTABLE = [
  "receivedOn",
  "senderNumber",
  "senderDate",
  "sender",
  "subject",
  "nature",
  "classificationCode",
  "summary",
  "addressee",
  "addresseeUserId",
] as const;

/** Correct a registered letter; the agenda number stays, the old values are kept in the history. */
export async function correctIncoming(
  actor: Actor | null,
  id: string,
  input: unknown,
  files: (File | IncomingFile)[] = [],
  tx: Db = db,
): Promise<{ version: number }> {
  const me = await requirePermission(actor, "letter.register", tx);
  const data = parseInput(incomingCorrectionSchema, input);
  const before = await visibleLetter(tx, me, id, "letter.register");
  await assertClassification(data.classificationCode, undefined, tx);
  await assertActiveUser(data.addresseeUserId, "addresseeUserId", tx);
  const scans = await prepareFiles(files, { max: MAX_SCANS, field: "scans" });
  const next = { ...data, summary: data.summary ?? null, addresseeUserId: data.addresseeUserId ?? null };
  const changes = diffFields(before, next, [...CORRECTABLE]);
  if (scans.length) changes.scans = { from: null, to: scans.map((s) => s.fileName) };
  if (Object.keys(changes).length === 0)
    throw errors.validation({ reason: ["Tidak ada data yang berubah."] }, "Tidak ada perubahan untuk disimpan.");
  return tx.transaction(async (tx) => {
    const [row] = await tx
      .update(incomingLetters)
      .set({
        ...Object.fromEntries(CORRECTABLE.map((k) => [k, next[k]])),
        version: before.version + 1,
        updatedAt: new Date(),
      })
      .where(and(eq(incomingLetters.id, id), eq(incomingLetters.version, before.version)))
      .returning({ version: incomingLetters.version });
    if (!row) throw errors.conflict("Surat ini baru saja diubah orang lain. Muat ulang halaman lalu ulangi koreksi.");
    await recordRevision(
      { direction: "masuk", letterId: id, version: row.version, changedBy: me.id, reason: data.reason, changes },
      tx,
    );
    await saveAttachments({ type: INCOMING_OWNER, id }, scans, me.id, tx);
    await writeAudit(
      {
        actor: me,
        action: "letter.incoming.correct",
        entityType: "incoming_letter",
        entityId: id,
        detail: { fields: Object.keys(changes), version: row.version },
      },
      tx,
    );
    return { version: row.version };
  });
}

/** Archive a letter with no open branches (after `selesai`, or one that needed no disposition). */
export async function archiveIncoming(actor: Actor | null, id: string, tx: Db = db): Promise<void> {
  const me = await requirePermission(actor, "letter.register", tx);
  const letter = await visibleLetter(tx, me, id, "letter.register");
  if (letter.status !== "selesai" && letter.status !== "diterima")
    throw errors.conflict("Surat dengan disposisi yang masih terbuka tidak dapat diarsipkan.");
  await tx.transaction(async (tx) => {
    const rows = await tx
      .update(incomingLetters)
      .set({ status: "diarsipkan", archivedAt: new Date(), updatedAt: new Date() })
      .where(and(eq(incomingLetters.id, id), inArray(incomingLetters.status, ["selesai", "diterima"])))
      .returning({ id: incomingLetters.id });
    if (!rows[0]) throw errors.conflict("Status surat baru saja berubah. Muat ulang halaman.");
    await writeAudit(
      {
        actor: me,
        action: "letter.incoming.archive",
        entityType: "incoming_letter",
        entityId: id,
        detail: { from: letter.status },
      },
      tx,
    );
  });
}

/** Attachment download check for scans of incoming letters (same rules as the letter itself). */
export async function incomingAttachmentAccess(actor: Actor | null, letterId: string, tx: Db = db): Promise<boolean> {
  if (!actor || !isUuid(letterId)) return false;
  if (!can(actor, "letter.read") && !can(actor, "letter.disposisi.read")) return false;
  const rows = await tx.select({ id: incomingLetters.id }).from(incomingLetters).where(incomingById(actor, letterId));
  return rows.length > 0;
}
