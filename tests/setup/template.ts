import postgres from "postgres";
import { openPglite, openPostgres } from "@/lib/db/open";
import { runMigrations } from "@/lib/db/migrate";
import { seedReference } from "@/lib/seed";
import { seedDemoUsers } from "@/lib/seed/demo-users";
import type { DbHandle } from "@/lib/db/types";

/** Replace the database name in a PostgreSQL URL. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** A maintenance connection to the server behind DATABASE_URL (for CREATE/DROP DATABASE). */
export function adminSql(url: string) {
  return postgres(withDatabase(url, "postgres"), { max: 1, onnotice: () => {} });
}

/** Migrate and seed reference data plus demo accounts: the starting state of every test file. */
export async function prepare(handle: DbHandle): Promise<void> {
  await runMigrations(handle);
  await seedReference(handle.db);
  await seedDemoUsers(handle.db);
}

/** Create a fresh database on PostgreSQL, optionally from a template. */
export async function createPgDatabase(url: string, name: string, template?: string): Promise<DbHandle> {
  const sql = adminSql(url);
  try {
    await sql.unsafe(`drop database if exists "${name}" with (force)`);
    await sql.unsafe(`create database "${name}"${template ? ` template "${template}"` : ""}`);
  } finally {
    await sql.end();
  }
  return openPostgres(withDatabase(url, name), 5);
}

/** Drop a test database. */
export async function dropPgDatabase(url: string, name: string): Promise<void> {
  const sql = adminSql(url);
  try {
    await sql.unsafe(`drop database if exists "${name}" with (force)`);
  } finally {
    await sql.end();
  }
}

export { openPglite };
