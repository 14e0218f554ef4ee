import "server-only";
import { sql } from "drizzle-orm";
import { getDbHandle } from "@/lib/db";
import type { Db } from "@/lib/db/types";

/** What /api/health and /api/ready tell anyone: no host, role, driver or configuration detail. */
export const PUBLIC_DB_DOWN = "Basis data sedang tidak dapat dihubungi.";
export { PUBLIC_STARTING } from "@/lib/boot-state.mjs";

/** Ask the database for `select 1` within a timeout. The reason is for the server log only. */
export async function checkDatabase(
  timeoutMs = 2000,
  db: Db = getDbHandle().db,
): Promise<{ ok: true } | { ok: false; reason: string }> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const query = db.execute(sql`select 1`);
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`tidak menjawab dalam ${timeoutMs} ms`)), timeoutMs);
    });
    await Promise.race([query, timeout]);
    return { ok: true };
  } catch (e) {
    const err = e as Error & { cause?: Error; code?: string };
    const reason = err.cause?.message ?? err.code ?? err.message;
    return { ok: false, reason: `basis data tidak dapat dihubungi: ${String(reason).slice(0, 200)}` };
  } finally {
    if (timer) clearTimeout(timer);
  }
}
