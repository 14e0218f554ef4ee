import "server-only";
import { sql } from "drizzle-orm";
import { rateLimits } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";

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
