import "server-only";
import { db, db as defaultDb } from "@/lib/db";
import type { Db } from "@/lib/db/types";
import { writeAudit } from "@/lib/audit/write";
import { errors } from "@/lib/errors";
import { isReadPermission, roleCan, type Permission } from "./permissions";
import { adminTwoFactorRequired } from "./totp";
import type { Actor, Role } from "./roles";

/** The role an actor plays: "public" without an account. */
export function roleOf(actor: Actor | null | undefined): Role {
  return actor ? actor.role : "public";
}

/**
 * With REQUIRE_ADMIN_2FA, an admin without a second factor must set one up first: until then the
 * only permission left is "account.self" (the enrolment page and its actions) and logging out.
 */
export function mustEnrolTwoFactor(actor: Actor | null | undefined): boolean {
  return actor?.role === "admin" && !actor.totpEnabled && adminTwoFactorRequired();
}

/** Whether the actor may perform an action (role table only). */
export function can(actor: Actor | null | undefined, permission: Permission): boolean {
  if (actor?.tokenScope === "read" && !isReadPermission(permission)) return false;
  if (permission !== "account.self" && mustEnrolTwoFactor(actor)) return false;
  return roleCan(roleOf(actor), permission);
}

/**
 * The one guard. Throws 401 without a session when the action needs one, 403 for a wrong role, and
 * logs the refusal. Returns the actor typed as present when the permission excludes the public.
 */
export async function requirePermission(
  actor: Actor | null | undefined,
  permission: Permission,
  db: Db = defaultDb,
): Promise<Actor> {
  if (can(actor, permission)) return actor as Actor;
  await logDenied(actor, permission, undefined, db);
  throw actor ? errors.forbidden() : errors.unauthorized();
}

/** Like requirePermission, for actions open to the public too: returns the actor or null. */
export async function allowPermission(
  actor: Actor | null | undefined,
  permission: Permission,
  db: Db = defaultDb,
): Promise<Actor | null> {
  if (can(actor, permission)) return actor ?? null;
  await logDenied(actor, permission, undefined, db);
  throw actor ? errors.forbidden() : errors.unauthorized();
}

/** Record a refused attempt (scope refusals call this too). Never throws. */
export async function logDenied(
  actor: Actor | null | undefined,
  permission: string,
  entity?: { type: string; id: string },
  tx: Db = db,
): Promise<void> {
  try {
    await writeAudit(
      {
        actor: actor ?? null,
        actorLabel: actor ? undefined : "anonim",
        action: `authz.denied:${permission}`,
        outcome: "denied",
        entityType: entity?.type,
        entityId: entity?.id,
      },
      tx,
    );
  } catch {
    // The refusal stands even when it cannot be logged (e.g. database down).
  }
}
