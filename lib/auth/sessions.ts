import "server-only";
import { and, desc, eq, gt, isNull, ne, sql } from "drizzle-orm";
import { userSessions } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { isUuid } from "@/lib/validation";
import { env } from "@/lib/env";

/** Idle and absolute session lifetimes, configurable by environment. */
export function sessionLimits() {
  return {
    idleSeconds: env().SESSION_IDLE_MINUTES * 60,
    absoluteSeconds: env().SESSION_ABSOLUTE_HOURS * 3600,
  };
}

/** Record a new login; its id travels in the session token. */
export async function createSession(
  userId: string,
  meta: { ipHash?: string | null; userAgent?: string | null } = {},
  tx: Db = db,
): Promise<string> {
  const { absoluteSeconds } = sessionLimits();
  const [row] = await tx
    .insert(userSessions)
    .values({
      userId,
      expiresAt: sql`now() + make_interval(secs => ${absoluteSeconds})`,
      ipHash: meta.ipHash ?? null,
      userAgent: meta.userAgent?.slice(0, 200) ?? null,
    })
    .returning({ id: userSessions.id });
  return row.id;
}

/**
 * How stale last-seen may get before a request refreshes it: a tenth of the idle window, at most a
 * minute, at least a second. Activity keeps a session alive while a busy user does not write on
 * every request.
 */
export function lastSeenRefreshSeconds(idleSeconds = sessionLimits().idleSeconds): number {
  return Math.max(1, Math.min(60, Math.floor(idleSeconds / 10)));
}

/**
 * Whether a session is still live (not revoked, within its absolute lifetime and not idle too long).
 * A live session's last-seen time is moved to now when it is older than lastSeenRefreshSeconds, so
 * activity extends the idle window. Both comparisons use the database clock.
 */
export async function touchSession(sessionId: string, userId: string, tx: Db = db): Promise<boolean> {
  if (!isUuid(sessionId)) return false;
  const { idleSeconds } = sessionLimits();
  const refresh = lastSeenRefreshSeconds(idleSeconds);
  const live = and(
    eq(userSessions.id, sessionId),
    eq(userSessions.userId, userId),
    isNull(userSessions.revokedAt),
    gt(userSessions.expiresAt, sql`now()`),
    gt(userSessions.lastSeenAt, sql`now() - make_interval(secs => ${idleSeconds})`),
  );
  const rows = await tx
    .select({
      stale: sql<boolean>`${userSessions.lastSeenAt} < now() - make_interval(secs => ${refresh})`.mapWith(Boolean),
    })
    .from(userSessions)
    .where(live);
  if (!rows[0]) return false;
  if (rows[0].stale) {
    await tx
      .update(userSessions)
      .set({ lastSeenAt: sql`now()` })
      .where(and(eq(userSessions.id, sessionId), isNull(userSessions.revokedAt)));
  }
  return true;
}

/** End one session (logout). */
export async function revokeSession(sessionId: string, tx: Db = db): Promise<void> {
  if (!isUuid(sessionId)) return;
  await tx
    .update(userSessions)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(userSessions.id, sessionId), isNull(userSessions.revokedAt)));
}

/** End every session of a user, except `keep` (the one making the change) when given. */
export async function revokeUserSessions(userId: string, keep?: string, tx: Db = db): Promise<number> {
  const rows = await tx
    .update(userSessions)
    .set({ revokedAt: sql`now()` })
    .where(
      and(
        eq(userSessions.userId, userId),
        isNull(userSessions.revokedAt),
        keep ? ne(userSessions.id, keep) : undefined,
      ),
    )
    .returning({ id: userSessions.id });
  return rows.length;
}

/** A user's live sessions, newest first (for the account page). */
export async function listLiveSessions(userId: string, tx: Db = db) {
  return tx
    .select({
      id: userSessions.id,
      createdAt: userSessions.createdAt,
      lastSeenAt: userSessions.lastSeenAt,
      userAgent: userSessions.userAgent,
    })
    .from(userSessions)
    .where(and(eq(userSessions.userId, userId), isNull(userSessions.revokedAt), gt(userSessions.expiresAt, sql`now()`)))
    .orderBy(desc(userSessions.lastSeenAt))
    .limit(20);
}
