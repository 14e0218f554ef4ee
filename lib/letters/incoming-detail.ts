import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { listAttachments, prepareFiles, saveAttachments, type IncomingFile } from "@/lib/attachments/service";
import { writeAudit } from "@/lib/audit/service";
import { can, logDenied, requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { loadHolidaySet } from "@/lib/calendar/holidays";
import { incomingLetters, letterRevisions, outgoingLetters, users } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { errors } from "@/lib/errors";
import { assertActiveUser, assertClassification, diffFields, recordRevision, todayWita } from "./common";
import { loadBranches } from "./disposisi/tree";
import { INCOMING_OWNER, MAX_SCANS } from "./incoming";
import { incomingCorrectionSchema } from "./schema";
import { incomingById, isUuid, outgoingVisibleTo } from "./scope";
import { parseInput } from "@/lib/validation";

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
    ? await db.select(detailColumns).from(incomingLetters).innerJoin(registrar, eq(registrar.id, incomingLetters.createdBy)).leftJoin(addresseeUser, eq(addresseeUser.id, incomingLetters.addresseeUserId)).where(incomingById(me, id))
    : [];
  if (!row) {
    await logDenied(db, me, permission, { type: "incoming_letter", id });
    throw errors.notFound("Surat");
  }
  return row;
}

/** Everything the detail page, the recipient view and the lembar disposisi show about one letter. */
export async function getIncoming(db: Db, actor: Actor | null, id: string) {
  const me = await requireReader(db, actor);
  const letter = await visibleLetter(db, me, id, "letter.read");
  const today = todayWita();
  const year = Number(today.slice(0, 4));
  const holidays = await loadHolidaySet(db, year - 1, year + 1);
  const changer = alias(users, "revision_changer");
  const [attachments, branches, revisions, replies] = await Promise.all([
    listAttachments(db, { type: INCOMING_OWNER, id }),
    loadBranches(db, id, me, today, holidays),
    db
      .select({ version: letterRevisions.version, changedAt: letterRevisions.changedAt, changedByName: changer.name, reason: letterRevisions.reason, changes: letterRevisions.changes })
      .from(letterRevisions)
      .innerJoin(changer, eq(changer.id, letterRevisions.changedBy))
      .where(and(eq(letterRevisions.direction, "masuk"), eq(letterRevisions.letterId, id)))
      .orderBy(desc(letterRevisions.version)),
    can(me, "letter.read")
      ? db
          .select({ id: outgoingLetters.id, number: outgoingLetters.number, subject: outgoingLetters.subject, status: outgoingLetters.status })
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

const CORRECTABLE = ["receivedOn", "senderNumber", "senderDate", "sender", "subject", "nature", "classificationCode", "summary", "addressee", "addresseeUserId"] as const;

/** Correct a registered letter; the agenda number stays, the old values are kept in the history. */
export async function correctIncoming(db: Db, actor: Actor | null, id: string, input: unknown, files: (File | IncomingFile)[] = []): Promise<{ version: number }> {
  const me = await requirePermission(actor, "letter.register", db);
  const data = parseInput(incomingCorrectionSchema, input);
  const before = await visibleLetter(db, me, id, "letter.register");
  await assertClassification(db, data.classificationCode);
  await assertActiveUser(db, data.addresseeUserId, "addresseeUserId");
  const scans = await prepareFiles(files, { max: MAX_SCANS, field: "scans" });
  const next = { ...data, summary: data.summary ?? null, addresseeUserId: data.addresseeUserId ?? null };
  const changes = diffFields(before, next, [...CORRECTABLE]);
  if (scans.length) changes.scans = { from: null, to: scans.map((s) => s.fileName) };
  if (Object.keys(changes).length === 0) throw errors.validation({ reason: ["Tidak ada data yang berubah."] }, "Tidak ada perubahan untuk disimpan.");
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(incomingLetters)
      .set({ ...Object.fromEntries(CORRECTABLE.map((k) => [k, next[k]])), version: before.version + 1, updatedAt: new Date() })
      .where(and(eq(incomingLetters.id, id), eq(incomingLetters.version, before.version)))
      .returning({ version: incomingLetters.version });
    if (!row) throw errors.conflict("Surat ini baru saja diubah orang lain. Muat ulang halaman lalu ulangi koreksi.");
    await recordRevision(tx, { direction: "masuk", letterId: id, version: row.version, changedBy: me.id, reason: data.reason, changes });
    await saveAttachments(tx, { type: INCOMING_OWNER, id }, scans, me.id);
    await writeAudit(tx, { actor: me, action: "letter.incoming.correct", entityType: "incoming_letter", entityId: id, detail: { fields: Object.keys(changes), version: row.version } });
    return { version: row.version };
  });
}

/** Archive a letter with no open branches (after `selesai`, or one that needed no disposition). */
export async function archiveIncoming(db: Db, actor: Actor | null, id: string): Promise<void> {
  const me = await requirePermission(actor, "letter.register", db);
  const letter = await visibleLetter(db, me, id, "letter.register");
  if (letter.status !== "selesai" && letter.status !== "diterima") throw errors.conflict("Surat dengan disposisi yang masih terbuka tidak dapat diarsipkan.");
  await db.transaction(async (tx) => {
    const rows = await tx
      .update(incomingLetters)
      .set({ status: "diarsipkan", archivedAt: new Date(), updatedAt: new Date() })
      .where(and(eq(incomingLetters.id, id), inArray(incomingLetters.status, ["selesai", "diterima"])))
      .returning({ id: incomingLetters.id });
    if (!rows[0]) throw errors.conflict("Status surat baru saja berubah. Muat ulang halaman.");
    await writeAudit(tx, { actor: me, action: "letter.incoming.archive", entityType: "incoming_letter", entityId: id, detail: { from: letter.status } });
  });
}

/** Attachment download check for scans of incoming letters (same rules as the letter itself). */
export async function incomingAttachmentAccess(db: Db, actor: Actor | null, letterId: string): Promise<boolean> {
  if (!actor || !isUuid(letterId)) return false;
  if (!can(actor, "letter.read") && !can(actor, "letter.disposisi.read")) return false;
  const rows = await db.select({ id: incomingLetters.id }).from(incomingLetters).where(incomingById(actor, letterId));
  return rows.length > 0;
}
