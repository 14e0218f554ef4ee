import { and, eq, ne, or, sql, type SQL } from "drizzle-orm";
import { can } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import {
  disposisi,
  epaperDelegations,
  epaperLetters,
  epaperParafs,
  incomingLetters,
  outgoingLetters,
} from "@/lib/db/schema";
import type { Nature } from "./constants";

/**
 * THE letter visibility rule, for the incoming and outgoing registers and for E-Paper letters (which
 * follow the register). Office staff (permission `letter.read`) see every letter that is not
 * rahasia. A rahasia letter is visible only to the people on it:
 * - incoming: its registrar, its addressee and the people on its disposition tree;
 * - outgoing: its drafter and its issuer;
 * - E-Paper: its drafter, the people on its paraf chain, its signer and a delegate of the signer
 *   whose delegation is not revoked and ended at most DELEGATION_GRACE_DAYS days ago.
 * Members (no `letter.read`) see incoming and E-Paper letters they are on, whatever their nature,
 * and no outgoing letter. Everyone else gets 404. Each rule is written twice below, as a predicate
 * for one row and as a drizzle SQL condition for lists, from the same constants; a property test
 * (tests/integration/letters-policy-agree.test.ts) checks that they agree.
 */
export const CONFIDENTIAL_NATURE = "rahasia" satisfies Nature;
/** The permission that lets office staff see every letter that is not rahasia. */
export const REGISTER_READ = "letter.read" as const;
/** Days after a delegation's last day during which the delegate still sees the principal's letters. */
export const DELEGATION_GRACE_DAYS = 1;

type Viewer = Actor;

/** A disposition branch, as far as the rule needs it. */
export interface BranchFacts {
  fromUserId: string;
  recipientUserId: string | null;
  recipientUnit: string | null;
  recipientKomisiId: number | null;
}

/** An incoming letter with its disposition branches. */
export interface IncomingFacts {
  nature: string;
  createdBy: string;
  addresseeUserId: string | null;
  branches: readonly BranchFacts[];
}

/** An outgoing letter. */
export interface OutgoingFacts {
  nature: string;
  createdBy: string;
  issuedBy: string | null;
}

/** An E-Paper letter with the people of its paraf chain and the delegations of its signer. */
export interface EpaperFacts {
  nature: string;
  createdBy: string;
  signerId: string;
  signedBy: string | null;
  parafUserIds: readonly string[];
  delegations: readonly { principalId: string; delegateId: string; revokedAt: Date | null; endsOn: string }[];
}

// Units address staff, komisi address members: the same guards for predicate and SQL.
const unitOf = (a: Viewer) => (a.unit && a.role !== "member" ? a.unit : null);
const komisiOf = (a: Viewer) => (a.komisiId && a.role === "member" ? a.komisiId : null);

/** Whether a disposition branch is addressed to the actor: personally, to their unit (staff) or komisi (members). */
export function isAddressedTo(actor: Viewer, b: Omit<BranchFacts, "fromUserId">): boolean {
  const unit = unitOf(actor);
  const komisiId = komisiOf(actor);
  return (
    b.recipientUserId === actor.id ||
    (unit !== null && b.recipientUnit === unit) ||
    (komisiId !== null && b.recipientKomisiId === komisiId)
  );
}

/** The same as a condition on `disposisi`. */
export function addressedTo(actor: Viewer): SQL {
  const conds: SQL[] = [eq(disposisi.recipientUserId, actor.id)];
  const unit = unitOf(actor);
  const komisiId = komisiOf(actor);
  if (unit !== null) conds.push(eq(disposisi.recipientUnit, unit));
  if (komisiId !== null) conds.push(eq(disposisi.recipientKomisiId, komisiId));
  return conds.length === 1 ? conds[0] : or(...conds)!;
}

/** Whether the actor may see this incoming letter. */
export function canSeeIncoming(actor: Viewer, l: IncomingFacts): boolean {
  if (can(actor, REGISTER_READ) && l.nature !== CONFIDENTIAL_NATURE) return true;
  return (
    l.createdBy === actor.id ||
    l.addresseeUserId === actor.id ||
    l.branches.some((b) => b.fromUserId === actor.id || isAddressedTo(actor, b))
  );
}

/** The incoming letters the actor may see, as a condition on `incoming_letters`. */
export function incomingVisibleTo(actor: Viewer): SQL {
  const involved = or(
    eq(incomingLetters.createdBy, actor.id),
    eq(incomingLetters.addresseeUserId, actor.id),
    sql`exists (select 1 from ${disposisi} where ${disposisi.letterId} = ${incomingLetters.id} and (${disposisi.fromUserId} = ${actor.id} or ${addressedTo(actor)}))`,
  )!;
  if (can(actor, REGISTER_READ)) return or(ne(incomingLetters.nature, CONFIDENTIAL_NATURE), involved)!;
  return involved;
}

/** Whether the actor may see this outgoing letter. */
export function canSeeOutgoing(actor: Viewer, l: OutgoingFacts): boolean {
  if (!can(actor, REGISTER_READ)) return false;
  return l.nature !== CONFIDENTIAL_NATURE || l.createdBy === actor.id || l.issuedBy === actor.id;
}

/** The outgoing letters the actor may see, as a condition on `outgoing_letters`. */
export function outgoingVisibleTo(actor: Viewer): SQL {
  if (!can(actor, REGISTER_READ)) return sql`false`;
  return or(
    ne(outgoingLetters.nature, CONFIDENTIAL_NATURE),
    eq(outgoingLetters.createdBy, actor.id),
    eq(outgoingLetters.issuedBy, actor.id),
  )!;
}

/** `YYYY-MM-DD` n days before `day`. */
function daysBefore(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
}

/**
 * Whether the actor may see this E-Paper letter. `today` is the database's `current_date`
 * (YYYY-MM-DD), which the SQL condition uses.
 */
export function canSeeEpaper(actor: Viewer, l: EpaperFacts, today: string): boolean {
  if (can(actor, REGISTER_READ) && l.nature !== CONFIDENTIAL_NATURE) return true;
  const since = daysBefore(today, DELEGATION_GRACE_DAYS);
  return (
    l.createdBy === actor.id ||
    l.signerId === actor.id ||
    l.signedBy === actor.id ||
    l.parafUserIds.includes(actor.id) ||
    l.delegations.some(
      (d) => d.principalId === l.signerId && d.delegateId === actor.id && d.revokedAt === null && d.endsOn >= since,
    )
  );
}

/** The E-Paper letters the actor may see, as a condition on `epaper_letters`. */
export function epaperVisibleTo(actor: Viewer): SQL {
  const involved = or(
    eq(epaperLetters.createdBy, actor.id),
    eq(epaperLetters.signerId, actor.id),
    eq(epaperLetters.signedBy, actor.id),
    sql`exists (select 1 from ${epaperParafs} where ${epaperParafs.letterId} = ${epaperLetters.id} and ${epaperParafs.userId} = ${actor.id})`,
    sql`exists (select 1 from ${epaperDelegations} where ${epaperDelegations.principalId} = ${epaperLetters.signerId} and ${epaperDelegations.delegateId} = ${actor.id} and ${epaperDelegations.revokedAt} is null and ${epaperDelegations.endsOn} >= current_date - ${sql.raw(String(DELEGATION_GRACE_DAYS))})`,
  )!;
  if (can(actor, REGISTER_READ)) return or(ne(epaperLetters.nature, CONFIDENTIAL_NATURE), involved)!;
  return involved;
}

/** Incoming letter `id` among those visible to the actor. */
export function incomingById(actor: Viewer, id: string): SQL {
  return and(eq(incomingLetters.id, id), incomingVisibleTo(actor))!;
}

/** Outgoing letter `id` among those visible to the actor. */
export function outgoingById(actor: Viewer, id: string): SQL {
  return and(eq(outgoingLetters.id, id), outgoingVisibleTo(actor))!;
}

/** E-Paper letter `id` among those visible to the actor. */
export function epaperById(actor: Viewer, id: string): SQL {
  return and(eq(epaperLetters.id, id), epaperVisibleTo(actor))!;
}
