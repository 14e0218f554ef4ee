import { and, eq, ne, or, sql, type SQL } from "drizzle-orm";
import { can } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { disposisi, incomingLetters, outgoingLetters } from "@/lib/db/schema";

/**
 * Who may see what. Office staff see every letter that is not rahasia. A rahasia incoming letter is
 * visible only to its registrar, its addressee and the people on its disposition tree; members see
 * only letters they are the addressee of or on the tree of. Everyone else gets 404, and every read
 * (pages, search, exports, API, attachments) goes through these conditions.
 */

/** A disposition branch addressed to the actor: personally, to their unit (staff) or komisi (members). */
export function addressedTo(actor: Actor): SQL {
  const conds: SQL[] = [eq(disposisi.recipientUserId, actor.id)];
  if (actor.unit && actor.role !== "member") conds.push(eq(disposisi.recipientUnit, actor.unit));
  if (actor.komisiId && actor.role === "member") conds.push(eq(disposisi.recipientKomisiId, actor.komisiId));
  return conds.length === 1 ? conds[0] : or(...conds)!;
}

/** The actor is on the letter's disposition tree (gave or received a branch). */
export function onTreeOf(actor: Actor): SQL {
  return sql`exists (select 1 from ${disposisi} where ${disposisi.letterId} = ${incomingLetters.id} and (${disposisi.fromUserId} = ${actor.id} or ${addressedTo(actor)}))`;
}

/** Registrar, addressee or on the tree. */
export function involvedIn(actor: Actor): SQL {
  return or(eq(incomingLetters.createdBy, actor.id), eq(incomingLetters.addresseeUserId, actor.id), onTreeOf(actor))!;
}

/** The incoming letters the actor may see at all. */
export function incomingVisibleTo(actor: Actor): SQL {
  if (can(actor, "letter.read")) return or(ne(incomingLetters.nature, "rahasia"), involvedIn(actor))!;
  return involvedIn(actor);
}

/** The outgoing letters the actor may see: office staff; rahasia ones only their drafter and issuer. */
export function outgoingVisibleTo(actor: Actor): SQL {
  if (!can(actor, "letter.read")) return sql`false`;
  return or(
    ne(outgoingLetters.nature, "rahasia"),
    eq(outgoingLetters.createdBy, actor.id),
    eq(outgoingLetters.issuedBy, actor.id),
  )!;
}

/** Incoming letter `id` among those visible to the actor. */
export function incomingById(actor: Actor, id: string): SQL {
  return and(eq(incomingLetters.id, id), incomingVisibleTo(actor))!;
}

/** Outgoing letter `id` among those visible to the actor. */
export function outgoingById(actor: Actor, id: string): SQL {
  return and(eq(outgoingLetters.id, id), outgoingVisibleTo(actor))!;
}

export { isUuid } from "@/lib/validation";
