import "server-only";
import { and, eq, inArray, ne, or, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import {
  aspirationEvents,
  aspirations,
  outboxMessages,
  pokirEvents,
  pokirProposals,
  pokirVersions,
} from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { normalizeEmail, normalizePhone, type ContactKey } from "./contact";
import { contactMatch } from "./sources";

const ERASED = "[dihapus]";

/** Everything known about one person: every e-mail, phone (as stored and normalised) and name. */
export interface PersonTrace {
  emails: Set<string>;
  phones: Set<string>;
  /** The exact strings stored on the records (names, contacts as typed), to scrub from free text. */
  literals: Set<string>;
  aspirationIds: string[];
  pokirIds: string[];
}

function anyContact(emailCol: AnyPgColumn, phoneCol: AnyPgColumn, t: PersonTrace): SQL {
  const parts = [...t.emails].map((e) => contactMatch(emailCol, phoneCol, { email: e }));
  for (const p of t.phones) parts.push(contactMatch(emailCol, phoneCol, { phone: p }));
  return parts.length ? (or(...parts) as SQL) : sql`false`;
}

/**
 * Follow a person across records: the records with the given contact, then every other contact on
 * those records (the phone given next to the e-mail), until nothing new turns up.
 */
export async function tracePerson(start: ContactKey, tx: Db = db): Promise<PersonTrace> {
  const t: PersonTrace = { emails: new Set(), phones: new Set(), literals: new Set(), aspirationIds: [], pokirIds: [] };
  const add = (email: string | null, phone: string | null, name: string | null) => {
    let grew = false;
    const e = normalizeEmail(email);
    const p = normalizePhone(phone);
    if (e && !t.emails.has(e)) {
      t.emails.add(e);
      grew = true;
    }
    if (p && !t.phones.has(p)) {
      t.phones.add(p);
      grew = true;
    }
    for (const v of [email, phone, name]) if (v && v.trim().length >= 3 && v !== ERASED) t.literals.add(v.trim());
    return grew;
  };
  add(start.email ?? null, start.phone ?? null, null);
  for (let round = 0; round < 5; round++) {
    const asp = await tx
      .select({
        id: aspirations.id,
        email: aspirations.reporterEmail,
        phone: aspirations.reporterPhone,
        name: aspirations.reporterName,
      })
      .from(aspirations)
      .where(anyContact(aspirations.reporterEmail, aspirations.reporterPhone, t));
    const pok = await tx
      .select({
        id: pokirProposals.id,
        email: pokirProposals.proposerEmail,
        phone: pokirProposals.proposerPhone,
        name: pokirProposals.proposerName,
      })
      .from(pokirProposals)
      .where(anyContact(pokirProposals.proposerEmail, pokirProposals.proposerPhone, t));
    t.aspirationIds = [...new Set([...t.aspirationIds, ...asp.map((r) => r.id)])];
    t.pokirIds = [...new Set([...t.pokirIds, ...pok.map((r) => r.id)])];
    let grew = false;
    for (const r of [...asp, ...pok]) grew = add(r.email, r.phone, r.name) || grew;
    if (!grew) break;
  }
  for (const p of t.phones) t.literals.add(p);
  for (const e of t.emails) t.literals.add(e);
  return t;
}

/** Replace every literal in a text column (case-insensitively), on the rows the condition selects. */
async function scrubColumn(
  db: Db,
  table: Parameters<Db["update"]>[0],
  col: AnyPgColumn,
  where: SQL | undefined,
  literals: string[],
) {
  for (const lit of literals) {
    const pattern = lit.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&");
    await db
      .update(table)
      .set({ [colKey(table, col)]: sql`regexp_replace(${col}, ${pattern}, ${ERASED}, 'gi')` })
      .where(and(where, sql`${col} ilike ${`%${lit.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`));
  }
}

function colKey(table: Parameters<Db["update"]>[0], col: AnyPgColumn): string {
  for (const [k, v] of Object.entries(table)) if (v === col) return k;
  throw new Error(`column ${col.name} not in table`);
}

/**
 * The parts of an erasure beyond the records' own fields: the outbox (every channel, every contact of
 * the person, and every message about their records), free-text notes on their records' timelines,
 * pokir correction versions, and pokir made from their aspirations that copied their name.
 */
export async function eraseTraces(t: PersonTrace, tx: Db = db): Promise<void> {
  const literals = [...t.literals].sort((a, b) => b.length - a.length);
  const recipientMatch = anyContact(outboxMessages.recipient, outboxMessages.recipient, t);
  const related = [...t.aspirationIds, ...t.pokirIds];
  const about = or(recipientMatch, related.length ? inArray(outboxMessages.relatedId, related) : sql`false`) as SQL;
  await tx.delete(outboxMessages).where(and(recipientMatch, eq(outboxMessages.status, "pending")));
  await tx
    .update(outboxMessages)
    .set({ recipient: ERASED, subject: null, body: ERASED })
    .where(and(recipientMatch, ne(outboxMessages.status, "pending")));
  // Messages about their records sent to someone else (staff notices) keep flowing, minus the person.
  for (const col of [outboxMessages.subject, outboxMessages.body, outboxMessages.lastError])
    await scrubColumn(tx, outboxMessages, col, about, literals);

  if (t.aspirationIds.length) {
    const where = inArray(aspirationEvents.aspirationId, t.aspirationIds);
    for (const col of [aspirationEvents.publicNote, aspirationEvents.internalNote])
      await scrubColumn(tx, aspirationEvents, col, where, literals);
    // A pokir made from their aspiration copied their name (never their contact).
    await tx
      .update(pokirProposals)
      .set({ proposerName: ERASED, updatedAt: new Date() })
      .where(
        and(
          inArray(pokirProposals.aspirationId, t.aspirationIds),
          inArray(pokirProposals.proposerName, literals.length ? literals : [ERASED]),
        ),
      );
  }
  if (t.pokirIds.length) {
    const where = inArray(pokirEvents.proposalId, t.pokirIds);
    for (const col of [pokirEvents.publicNote, pokirEvents.internalNote])
      await scrubColumn(tx, pokirEvents, col, where, literals);
    for (const lit of literals.filter((l) => !/["\\]/.test(l))) {
      await tx
        .update(pokirVersions)
        .set({
          data: sql`regexp_replace(${pokirVersions.data}::text, ${lit.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&")}, ${ERASED}, 'gi')::jsonb`,
        })
        .where(
          and(
            inArray(pokirVersions.proposalId, t.pokirIds),
            sql`${pokirVersions.data}::text ilike ${`%${lit.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`,
          ),
        );
    }
  }
}
