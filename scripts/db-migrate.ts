/* npm run db:migrate — apply migrations to DATABASE_URL (as the owner in MIGRATION_DATABASE_URL when set, then grant the runtime role) or the PGlite folder (refused while a server holds it). */
import nextEnv from "@next/env";
import { openConfiguredDb } from "@/lib/db";
import { runMigrations } from "@/lib/db/migrate";

// Same configuration as `next dev` / `next start`: .env, .env.local, ...
nextEnv.loadEnvConfig(process.cwd());

const handle = openConfiguredDb();
try {
  await runMigrations(handle);
  console.log(`Migrasi selesai (${handle.kind}).`);
} finally {
  await handle.close();
}
