/*
 * npm run breach:notify -- --as <staff e-mail> --since 2026-11-01 --until 2026-12-01 --text-file notice.txt [--apply]
 * Personal-data breach notice to every affected citizen through the outbox (docs/breach-runbook.md).
 * Without --apply it only counts the recipients.
 */
import nextEnv from "@next/env";
import { openConfiguredDb } from "@/lib/db";
import { runMigrations } from "@/lib/db/migrate";
import { runBreachNotifyCli } from "@/lib/privacy/breach-cli";

nextEnv.loadEnvConfig(process.cwd());

const handle = openConfiguredDb();
try {
  await runMigrations(handle);
  process.exitCode = await runBreachNotifyCli(process.argv.slice(2), undefined, handle.db);
} finally {
  await handle.close();
}
