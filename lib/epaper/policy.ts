import { and, eq, ne, or, sql, type SQL } from "drizzle-orm";
import { can } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { epaperDelegations, epaperLetters, epaperParafs } from "@/lib/db/schema";

/**
 * Who sees which E-Paper letter, following the letter register's rule (lib/letters/scope.ts): office
 * staff see every letter that is not rahasia; a rahasia letter, and any letter for members, only
 * the people on it: its drafter, the people on its paraf chain, its signer and a delegate of the
 * signer with a current delegation. Everyone else gets 404.
 */
export function involvedIn(actor: Actor): SQL {
  return or(
    eq(epaperLetters.createdBy, actor.id),
    eq(epaperLetters.signerId, actor.id),
    eq(epaperLetters.signedBy, actor.id),
    sql`exists (select 1 from ${epaperParafs} where ${epaperParafs.letterId} = ${epaperLetters.id} and ${epaperParafs.userId} = ${actor.id})`,
    sql`exists (select 1 from ${epaperDelegations} where ${epaperDelegations.principalId} = ${epaperLetters.signerId} and ${epaperDelegations.delegateId} = ${actor.id} and ${epaperDelegations.revokedAt} is null and ${epaperDelegations.endsOn} >= current_date - 1)`,
  )!;
}

export function epaperVisibleTo(actor: Actor): SQL {
  if (can(actor, "letter.read")) return or(ne(epaperLetters.nature, "rahasia"), involvedIn(actor))!;
  return involvedIn(actor);
}

export function epaperById(actor: Actor, id: string): SQL {
  return and(eq(epaperLetters.id, id), epaperVisibleTo(actor))!;
}
