import "server-only";
import { and, desc, eq, gte, like, lte, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { listAttachments } from "@/lib/attachments/service";
import { can, logDenied, requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { incomingLetters, letterRegisters, letterRevisions, outgoingLetters, users } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { errors } from "@/lib/errors";
import { OUTGOING_STATUSES, type Nature, type OutgoingStatus } from "./constants";
import { likePattern, PAGE_SIZE } from "./incoming";
import { OUTGOING_OWNER } from "./outgoing";
import type { ListQuery } from "./schema";
import { incomingVisibleTo, outgoingById, outgoingVisibleTo } from "./policy";
import { isUuid } from "@/lib/validation";

export interface OutgoingListItem {
  id: string;
  number: string | null;
  letterDate: string | null;
  subject: string;
  recipients: string;
  nature: Nature;
  classificationCode: string;
  signer: string;
  status: OutgoingStatus;
  createdAt: Date;
}

/** Filter conditions shared by the list, the agenda book and the API. */
export function outgoingFilters(actor: Actor, q: Partial<ListQuery>): SQL {
  const conds: SQL[] = [outgoingVisibleTo(actor)];
  if (q.q) {
    conds.push(
      or(
        sql`${outgoingLetters.searchVector} @@ websearch_to_tsquery('indonesian', ${q.q})`,
        sql`coalesce(${outgoingLetters.number}, '') ilike ${likePattern(q.q)}`,
      )!,
    );
  }
  if (q.dari) conds.push(gte(outgoingLetters.letterDate, q.dari));
  if (q.sampai) conds.push(lte(outgoingLetters.letterDate, q.sampai));
  if (q.klasifikasi)
    conds.push(
      or(
        eq(outgoingLetters.classificationCode, q.klasifikasi),
        like(outgoingLetters.classificationCode, `${q.klasifikasi}.%`),
      )!,
    );
  if (q.sifat) conds.push(eq(outgoingLetters.nature, q.sifat));
  if (q.status)
    conds.push(
      (OUTGOING_STATUSES as readonly string[]).includes(q.status)
        ? eq(outgoingLetters.status, q.status as OutgoingStatus)
        : sql`false`,
    );
  return and(...conds)!;
}

export const outgoingListColumns = {
  id: outgoingLetters.id,
  number: outgoingLetters.number,
  letterDate: outgoingLetters.letterDate,
  subject: outgoingLetters.subject,
  recipients: outgoingLetters.recipients,
  nature: outgoingLetters.nature,
  classificationCode: outgoingLetters.classificationCode,
  signer: outgoingLetters.signer,
  status: outgoingLetters.status,
  createdAt: outgoingLetters.createdAt,
};

/** Staff list and search of outgoing letters: drafts first, then by number, newest first. */
export async function listOutgoing(
  actor: Actor | null,
  query: Partial<ListQuery> = {},
  pageSize = PAGE_SIZE,
  tx: Db = db,
) {
  const me = await requirePermission(actor, "letter.read", tx);
  const page = Math.max(1, query.hal ?? 1);
  const size = Math.min(100, Math.max(1, pageSize));
  const where = outgoingFilters(me, query);
  const items: OutgoingListItem[] = await tx
    .select(outgoingListColumns)
    .from(outgoingLetters)
    .where(where)
    .orderBy(
      sql`(${outgoingLetters.status} = 'draf') desc`,
      desc(outgoingLetters.numberYear),
      desc(outgoingLetters.numberSeq),
      desc(outgoingLetters.createdAt),
    )
    .limit(size)
    .offset((page - 1) * size);
  const [{ total }] = await tx
    .select({ total: sql<number>`count(*)::int` })
    .from(outgoingLetters)
    .where(where);
  return { items, total, page, pageSize: size };
}

const drafter = alias(users, "outgoing_drafter");
const issuer = alias(users, "outgoing_issuer");

/** One outgoing letter with its files, history and the incoming letter it answers. */
export async function getOutgoing(actor: Actor | null, id: string, tx: Db = db) {
  const me = await requirePermission(actor, "letter.read", tx);
  const [letter] = isUuid(id)
    ? await tx
        .select({
          ...outgoingListColumns,
          copies: outgoingLetters.copies,
          summary: outgoingLetters.summary,
          replyToId: outgoingLetters.replyToId,
          registerName: letterRegisters.name,
          registerId: outgoingLetters.registerId,
          drafterName: drafter.name,
          issuerName: issuer.name,
          issuedAt: outgoingLetters.issuedAt,
          cancelReason: outgoingLetters.cancelReason,
          cancelledAt: outgoingLetters.cancelledAt,
          version: outgoingLetters.version,
        })
        .from(outgoingLetters)
        .innerJoin(letterRegisters, eq(letterRegisters.id, outgoingLetters.registerId))
        .innerJoin(drafter, eq(drafter.id, outgoingLetters.createdBy))
        .leftJoin(issuer, eq(issuer.id, outgoingLetters.issuedBy))
        .where(outgoingById(me, id))
    : [];
  if (!letter) {
    await logDenied(me, "letter.read", { type: "outgoing_letter", id }, tx);
    throw errors.notFound("Surat keluar");
  }
  const changer = alias(users, "revision_changer");
  const [attachments, revisions, replyTo] = await Promise.all([
    listAttachments({ type: OUTGOING_OWNER, id }, tx),
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
      .where(and(eq(letterRevisions.direction, "keluar"), eq(letterRevisions.letterId, id)))
      .orderBy(desc(letterRevisions.version)),
    letter.replyToId
      ? tx
          .select({
            id: incomingLetters.id,
            agendaNumber: incomingLetters.agendaNumber,
            subject: incomingLetters.subject,
          })
          .from(incomingLetters)
          .where(and(eq(incomingLetters.id, letter.replyToId), incomingVisibleTo(me)))
      : Promise.resolve([]),
  ]);
  return {
    letter,
    attachments,
    revisions,
    replyTo: replyTo[0] ?? null,
    canIssue: can(me, "letter.outgoing.issue") && letter.status === "draf",
    canEdit: can(me, "letter.register") && letter.status !== "dibatalkan",
    canCancel: can(me, "letter.outgoing.issue") && letter.status !== "dibatalkan",
  };
}
export type OutgoingDetail = Awaited<ReturnType<typeof getOutgoing>>;

/** Attachment download check for files of outgoing letters. */
export async function outgoingAttachmentAccess(actor: Actor | null, letterId: string, tx: Db = db): Promise<boolean> {
  if (!actor || !isUuid(letterId) || !can(actor, "letter.read")) return false;
  const rows = await tx.select({ id: outgoingLetters.id }).from(outgoingLetters).where(outgoingById(actor, letterId));
  return rows.length > 0;
}
