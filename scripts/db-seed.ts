/*
 * npm run db:seed — migrate, then seed reference data (idempotent). Demo data is added outside
 * production, or with SEED_DEMO=1. Refused while a running server holds the PGlite folder.
 */
import nextEnv from "@next/env";
import { openConfiguredDb } from "@/lib/db";
import { runMigrations } from "@/lib/db/migrate";
import { seedDemo, seedReference } from "@/lib/seed";
import { shouldSeedDemo } from "@/lib/env";

// Same configuration as `next dev` / `next start`: .env, .env.local, ...
nextEnv.loadEnvConfig(process.cwd());

const handle = openConfiguredDb();
try {
  await runMigrations(handle);
  await seedReference(handle.db);
  console.log("Data referensi tersimpan.");
  if (shouldSeedDemo()) {
    await seedDemo(handle.db);
    console.log("Data demo tersimpan.");
  }
} finally {
  await handle.close();
}
