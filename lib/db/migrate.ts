import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import type { DbHandle } from "./types";
import { env } from "@/lib/env";

/** Folder of drizzle-kit migrations; a plain relative string so Next's tracing does not copy data. */
export function migrationsDir(): string {
  return env().MIGRATIONS_DIR;
}

/** Apply pending migrations. On PostgreSQL an advisory lock serialises instances that boot together. */
export async function runMigrations(handle: DbHandle): Promise<void> {
  if (handle.kind === "pglite") {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    await migratePglite(handle.db as any, { migrationsFolder: migrationsDir() });
    return;
  }
  if (!handle.url) throw new Error("runMigrations: URL PostgreSQL tidak diketahui");
  // One connection, so the advisory lock and the migration share a session.
  const sql = postgres(handle.url, { max: 1, onnotice: () => {}, connect_timeout: 5 });
  try {
    await sql`select pg_advisory_lock(7741001)`;
    await migratePostgres(drizzle({ client: sql }), { migrationsFolder: migrationsDir() });
    await sql`select pg_advisory_unlock(7741001)`;
  } finally {
    await sql.end({ timeout: 5 });
  }
}
