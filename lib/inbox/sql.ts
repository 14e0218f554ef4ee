import type { SQL } from "drizzle-orm";
import type { Db } from "@/lib/db/types";

/** Rows of a raw query under both drivers (PGlite returns {rows}, postgres.js an array). */
export async function execRows<T>(db: Db, query: SQL): Promise<T[]> {
  const r = (await db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(r) ? r : r.rows;
}
