import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { users } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import type { Actor } from "./roles";
import { touchSession } from "./sessions";
import { isUuid } from "@/lib/validation";

/** Columns that make up an Actor. */
export const actorColumns = {
  id: users.id,
  role: users.role,
  name: users.name,
  email: users.email,
  dapilId: users.dapilId,
  komisiId: users.komisiId,
  fraksiId: users.fraksiId,
  position: users.position,
  unit: users.unit,
  sessionVersion: users.sessionVersion,
  totpEnabled: sql<boolean>`${users.totpEnabledAt} is not null`.mapWith(Boolean),
} as const;

/**
 * Re-read the user behind a session from the database. A deactivated account, a session issued
 * before the last password reset (older session version), or a server-side session that was
 * logged out, revoked, idle too long or past its absolute lifetime yields null: the user is out at once.
 */
export async function loadActor(
  userId: string,
  sessionVersion?: number,
  sessionId?: string,
  tx: Db = db,
): Promise<Actor | null> {
  if (!isUuid(userId)) return null;
  const rows = await tx
    .select(actorColumns)
    .from(users)
    .where(and(eq(users.id, userId), eq(users.isActive, true)))
    .limit(1);
  const row = rows[0];
  if (!row) return null;
  if (sessionVersion !== undefined && row.sessionVersion !== sessionVersion) return null;
  if (sessionId !== undefined) {
    if (!(await touchSession(sessionId, userId, tx))) return null;
    return { ...row, sessionId };
  }
  return row;
}
