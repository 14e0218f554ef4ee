import "server-only";
import { MAX_FILES } from "@/lib/attachments/limits";
import { randomUUID } from "node:crypto";
import { and, desc, eq, gte, like, lte, or, sql, type SQL } from "drizzle-orm";
import { prepareFiles, saveAttachments, type IncomingFile } from "@/lib/attachments/service";
import { writeAudit } from "@/lib/audit/service";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { disposisi, incomingLetters } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { INCOMING_STATUSES, type IncomingStatus, type Nature } from "./constants";
import { assertActiveUser, assertClassification, todayWita } from "./input-checks";
import { issueNumbers, resolveRegister } from "./number-allocation";
import { incomingLetterSchema, type ListQuery } from "./schema";
import { incomingVisibleTo } from "./policy";
import { parseInput } from "@/lib/validation";

/** Owner type of incoming letter scans in the attachments table. */
export const INCOMING_OWNER = "letter_in";
export const MAX_SCANS = MAX_FILES;
export const PAGE_SIZE = 25;

/**
 * Register an incoming letter: the next agenda number of the incoming register for the year, the
 * letter and its scans in one transaction. Scans are checked (type by content, size) before it.
 */
export async function registerIncoming(
  actor: Actor | null,
  input: unknown,
  files: (File | IncomingFile)[] = [],
  opts: { now?: Date } = {},
  tx: Db = db,
): Promise<{ id: string; agendaNumber: string }> {
  const me = await requirePermission(actor, "letter.register", tx);
  const data = parseInput(incomingLetterSchema, input);
  await assertClassification(data.classificationCode, undefined, tx);
  await assertActiveUser(data.addresseeUserId, "addresseeUserId", tx);
  const scans = await prepareFiles(files, { max: MAX_SCANS, field: "scans" });
  const reg = await resolveRegister("masuk", undefined, tx);
  const date = todayWita(opts.now);
  // The counter row stays locked from the number until commit, so everything that does not need
  // the number (the scans, the bulk of the bytes) is written before it is taken.
  const id = randomUUID();
  return tx.transaction(async (tx) => {
    await saveAttachments({ type: INCOMING_OWNER, id }, scans, me.id, tx);
    const [num] = await issueNumbers(
      reg,
      { date, status: "dipakai", createdBy: me.id, classification: data.classificationCode },
      tx,
    );
    const [row] = await tx
      .insert(incomingLetters)
      .values({
        id,
        registerId: reg.id,
        numberId: num.id,
        agendaNumber: num.number,
        agendaYear: num.year,
        agendaSeq: num.seq,
        receivedOn: data.receivedOn,
        senderNumber: data.senderNumber,
        senderDate: data.senderDate,
        sender: data.sender,
        subject: data.subject,
        nature: data.nature,
        classificationCode: data.classificationCode,
        summary: data.summary ?? null,
        addressee: data.addressee,
        addresseeUserId: data.addresseeUserId ?? null,
        createdBy: me.id,
        ...(opts.now ? { createdAt: opts.now, updatedAt: opts.now } : {}),
      })
      .returning({ id: incomingLetters.id });
    await writeAudit(
      {
        actor: me,
        action: "letter.incoming.register",
        entityType: "incoming_letter",
        entityId: row.id,
        detail: { agendaNumber: num.number, nature: data.nature, scans: scans.length },
      },
      tx,
    );
    return { id: row.id, agendaNumber: num.number };
  });
}

export interface IncomingListItem {
  id: string;
  agendaNumber: string;
  receivedOn: string;
  senderNumber: string;
  senderDate: string;
  sender: string;
  subject: string;
  nature: Nature;
  classificationCode: string;
  addressee: string;
  status: IncomingStatus;
  overdue: boolean;
}

/** Escape LIKE wildcards in user input. */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Filter conditions shared by the list, the agenda book and the API. */
export function incomingFilters(actor: Actor, q: Partial<ListQuery>): SQL {
  const conds: SQL[] = [incomingVisibleTo(actor)];
  if (q.q) {
    conds.push(
      or(
        sql`${incomingLetters.searchVector} @@ websearch_to_tsquery('indonesian', ${q.q})`,
        sql`(${incomingLetters.agendaNumber} || ' ' || ${incomingLetters.senderNumber}) ilike ${likePattern(q.q)}`,
      )!,
    );
  }
  if (q.dari) conds.push(gte(incomingLetters.receivedOn, q.dari));
  if (q.sampai) conds.push(lte(incomingLetters.receivedOn, q.sampai));
  if (q.klasifikasi)
    conds.push(
      or(
        eq(incomingLetters.classificationCode, q.klasifikasi),
        like(incomingLetters.classificationCode, `${q.klasifikasi}.%`),
      )!,
    );
  if (q.sifat) conds.push(eq(incomingLetters.nature, q.sifat));
  if (q.status)
    conds.push(
      (INCOMING_STATUSES as readonly string[]).includes(q.status)
        ? eq(incomingLetters.status, q.status as IncomingStatus)
        : sql`false`,
    );
  return and(...conds)!;
}

/** An open branch of the letter is past its due date. */
export function overdueExpr(today: string) {
  // Spelled out: drizzle leaves columns in a single-table select list unqualified, and an
  // unqualified "id" inside this subquery would mean disposisi.id.
  return sql<boolean>`exists (select 1 from ${disposisi} where ${disposisi.letterId} = "incoming_letters"."id" and ${disposisi.status} <> 'selesai' and ${disposisi.dueOn} < ${today})`;
}

export const incomingListColumns = (today: string) => ({
  id: incomingLetters.id,
  agendaNumber: incomingLetters.agendaNumber,
  receivedOn: incomingLetters.receivedOn,
  senderNumber: incomingLetters.senderNumber,
  senderDate: incomingLetters.senderDate,
  sender: incomingLetters.sender,
  subject: incomingLetters.subject,
  nature: incomingLetters.nature,
  classificationCode: incomingLetters.classificationCode,
  addressee: incomingLetters.addressee,
  status: incomingLetters.status,
  overdue: overdueExpr(today),
});

/** Staff list and search of incoming letters (newest first), scoped by rahasia rules. */
export async function listIncoming(
  actor: Actor | null,
  query: Partial<ListQuery> = {},
  pageSize = PAGE_SIZE,
  tx: Db = db,
) {
  const me = await requirePermission(actor, "letter.read", tx);
  const page = Math.max(1, query.hal ?? 1);
  const size = Math.min(100, Math.max(1, pageSize));
  const where = incomingFilters(me, query);
  const items: IncomingListItem[] = await tx
    .select(incomingListColumns(todayWita()))
    .from(incomingLetters)
    .where(where)
    .orderBy(desc(incomingLetters.receivedOn), desc(incomingLetters.agendaYear), desc(incomingLetters.agendaSeq))
    .limit(size)
    .offset((page - 1) * size);
  const [{ total }] = await tx
    .select({ total: sql<number>`count(*)::int` })
    .from(incomingLetters)
    .where(where);
  return { items: items.map((i) => ({ ...i, overdue: Boolean(i.overdue) })), total, page, pageSize: size };
}
