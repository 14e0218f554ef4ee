/*
 * npm run retention — run the personal-data retention job once and print its report (for cron or
 * by hand). The app also runs it every RETENTION_INTERVAL_HOURS.
 */
import nextEnv from "@next/env";
import { openConfiguredDb } from "@/lib/db";
import { runMigrations } from "@/lib/db/migrate";
import { runRetention } from "@/lib/privacy/service";

nextEnv.loadEnvConfig(process.cwd());

const handle = openConfiguredDb();
try {
  await runMigrations(handle);
  const r = await runRetention(undefined, handle.db);
  for (const s of r.sources)
    console.log(`${s.label}: ${s.anonymised} catatan dianonimkan (retensi ${s.days} hari, sebelum ${s.cutoff})`);
  console.log(`Kode permintaan data kedaluwarsa dihapus: ${r.expiredRequests}`);
} finally {
  await handle.close();
}
