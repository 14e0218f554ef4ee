import "server-only";
import type { SQL } from "drizzle-orm";
import { db, type Db } from "@/lib/db";

/** Rows of a raw query under both drivers (PGlite returns {rows}, postgres.js an array). */
export async function execRows<T>(query: SQL, tx: Db = db): Promise<T[]> {
  const r = (await tx.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(r) ? r : r.rows;
}
