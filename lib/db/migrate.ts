import "server-only";
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

export interface MigrateOptions {
  /** Owner role URL that runs the DDL (default MIGRATION_DATABASE_URL, else the handle's own URL). */
  ownerUrl?: string;
  /** Runtime role to grant DML to (default DATABASE_RUNTIME_ROLE, else the user of the handle's URL when an owner URL is set). */
  runtimeRole?: string;
}

/** User name in a postgres:// URL. */
export function urlUser(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

/**
 * Apply pending migrations. On PostgreSQL an advisory lock serialises instances that boot together.
 * With a separate owner role (MIGRATION_DATABASE_URL) the DDL runs as the owner, and the runtime role
 * of DATABASE_URL gets only what the app needs: SELECT/INSERT/UPDATE/DELETE on the tables, the
 * sequences, and INSERT/SELECT alone on audit_log. Not owning the tables, it cannot disable the
 * append-only triggers, alter or drop anything.
 */
export async function runMigrations(handle: DbHandle, opts: MigrateOptions = {}): Promise<void> {
  if (handle.kind === "pglite") {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    await migratePglite(handle.db as any, { migrationsFolder: migrationsDir() });
    return;
  }
  if (!handle.url) throw new Error("runMigrations: URL PostgreSQL tidak diketahui");
  const e = env();
  const ownerUrl = opts.ownerUrl ?? e.MIGRATION_DATABASE_URL ?? handle.url;
  const runtimeRole =
    opts.runtimeRole ?? e.DATABASE_RUNTIME_ROLE ?? (ownerUrl !== handle.url ? urlUser(handle.url) : undefined);
  // One connection, so the advisory lock and the migration share a session.
  const sql = postgres(ownerUrl, { max: 1, onnotice: () => {}, connect_timeout: 5 });
  try {
    await sql`select pg_advisory_lock(7741001)`;
    try {
      await migratePostgres(drizzle({ client: sql }), { migrationsFolder: migrationsDir() });
      if (runtimeRole) await grantRuntimeRole(sql, runtimeRole);
    } finally {
      await sql`select pg_advisory_unlock(7741001)`;
    }
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** Tables the runtime role may only append to and read. */
export const APPEND_ONLY_TABLES = ["audit_log"] as const;

/** Grant the runtime role the DML it needs (run as the owner after every migration, so new tables are covered). */
export async function grantRuntimeRole(sql: postgres.Sql, role: string): Promise<void> {
  const [{ me }] = await sql<{ me: string }[]>`select current_user as me`;
  if (role === me) return; // one role for everything: nothing to grant
  const [exists] = await sql`select 1 from pg_roles where rolname = ${role}`;
  if (!exists) {
    throw new Error(
      `Peran basis data runtime "${role}" tidak ada. Buat dulu (createuser ${role} -P), lihat README bagian Production.`,
    );
  }
  const r = sql(role);
  await sql`grant usage on schema public to ${r}`;
  await sql`grant select, insert, update, delete on all tables in schema public to ${r}`;
  await sql`grant usage, select on all sequences in schema public to ${r}`;
  for (const t of APPEND_ONLY_TABLES) await sql`revoke update, delete, truncate on ${sql(t)} from ${r}`;
}
