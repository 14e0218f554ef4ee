import "server-only";
import { sql } from "drizzle-orm";
import { rateLimits } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { keyedHash } from "@/lib/security/hash";

export interface RateLimitResult {
  allowed: boolean;
  count: number;
  limit: number;
  /** Seconds until the window resets. */
  retryAfter: number;
}

/**
 * Count one hit against `key` in a fixed window kept in the database (shared by every instance).
 * One atomic upsert: concurrent hits never lose counts.
 */
export async function hitRateLimit(
  key: string,
  limit: number,
  windowSeconds: number,
  tx: Db = db,
): Promise<RateLimitResult> {
  const interval = sql`make_interval(secs => ${windowSeconds})`;
  const expired = sql`${rateLimits.expiresAt} <= now()`;
  const [row] = await tx
    .insert(rateLimits)
    .values({ key, windowStart: sql`now()`, count: 1, expiresAt: sql`now() + ${interval}` })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`case when ${expired} then 1 else ${rateLimits.count} + 1 end`,
        windowStart: sql`case when ${expired} then now() else ${rateLimits.windowStart} end`,
        expiresAt: sql`case when ${expired} then now() + ${interval} else ${rateLimits.expiresAt} end`,
      },
    })
    .returning({ count: rateLimits.count, expiresAt: rateLimits.expiresAt });
  const retryAfter = Math.max(1, Math.ceil((row.expiresAt.getTime() - Date.now()) / 1000));
  return { allowed: row.count <= limit, count: row.count, limit, retryAfter };
}

const DAY_MS = 86_400_000;

/** The key of `scope`'s limit for an address: the address only as a salted hash rotated at 00:00 UTC. */
function addressKey(scope: string, ip: string, at: Date): string {
  return `${scope}:ip:${keyedHash(ip, at.toISOString().slice(0, 10))}`;
}

/**
 * Count one hit of an address against `scope`'s limit. The address is kept only as a salted hash that
 * changes every day (the privacy notice says so) and only while its window lasts. A window still open when
 * the hash changes keeps counting: in the first `windowSeconds` of a day the hits under yesterday's hash
 * whose window is still open are added, so 00:00 UTC (08:00 in Balikpapan) is no moment to send twice the limit.
 */
export async function hitAddressLimit(
  scope: string,
  ip: string,
  limit: number,
  windowSeconds: number,
  tx: Db = db,
): Promise<RateLimitResult> {
  const now = new Date();
  const today = await hitRateLimit(addressKey(scope, ip, now), limit, windowSeconds, tx);
  if (now.getTime() % DAY_MS >= windowSeconds * 1000) return today;
  const [before] = await tx
    .select({ count: rateLimits.count, expiresAt: rateLimits.expiresAt })
    .from(rateLimits)
    .where(
      sql`${rateLimits.key} = ${addressKey(scope, ip, new Date(now.getTime() - DAY_MS))} and ${rateLimits.expiresAt} > now()`,
    );
  if (!before) return today;
  const count = today.count + before.count;
  // Refused because of today's hits alone: today's window decides; otherwise yesterday's, which ends first.
  const retryAfter =
    today.count >= limit ? today.retryAfter : Math.max(1, Math.ceil((before.expiresAt.getTime() - Date.now()) / 1000));
  return { allowed: count <= limit, count, limit, retryAfter };
}

/** Forget a key (e.g. the per-account login counter after a successful login). */
export async function resetRateLimit(key: string, tx: Db = db): Promise<void> {
  await tx.delete(rateLimits).where(sql`${rateLimits.key} = ${key}`);
}

/** Remove expired windows; run from the maintenance loop. */
export async function purgeExpiredRateLimits(tx: Db = db): Promise<number> {
  const rows = await tx
    .delete(rateLimits)
    .where(sql`${rateLimits.expiresAt} <= now()`)
    .returning({ key: rateLimits.key });
  return rows.length;
}
