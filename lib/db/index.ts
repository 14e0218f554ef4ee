import "server-only";
import { env } from "@/lib/env";
import { acquireLock } from "./lock";
import { openPglite, openPostgres } from "./open";
import type { Db, DbHandle } from "./types";

export type { Db, DbHandle, DbKind } from "./types";
export * as schema from "./schema";

const g = globalThis as unknown as { __sidilanDb?: DbHandle };

/** Open the configured database: PostgreSQL when DATABASE_URL is set, else PGlite in PGLITE_DIR. */
export function openConfiguredDb(): DbHandle {
  const e = env();
  if (e.DATABASE_URL) return openPostgres(e.DATABASE_URL, e.DB_POOL_MAX);
  acquireLock(e.PGLITE_DIR);
  return openPglite(e.PGLITE_DIR);
}

/** The process-wide database handle (kept on globalThis so dev hot reload reuses it). */
export function getDbHandle(): DbHandle {
  if (!g.__sidilanDb) g.__sidilanDb = openConfiguredDb();
  return g.__sidilanDb;
}

/** Replace the process-wide handle (tests, scripts). */
export function setDbHandle(handle: DbHandle | undefined): void {
  g.__sidilanDb = handle;
}

/** Drizzle database, resolved lazily so importing this module never opens a connection. */
export const db: Db = new Proxy({} as Db, {
  get(_target, prop) {
    const real = getDbHandle().db as unknown as Record<string | symbol, unknown>;
    const value = Reflect.get(real, prop, real);
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(real) : value;
  },
});
