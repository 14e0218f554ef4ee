import "server-only";
import { getDbHandle } from "@/lib/db";
import { runMigrations } from "@/lib/db/migrate";
import { seedDemo, seedReference } from "@/lib/seed";
import { env, parseEnv, shouldSeedDemo } from "@/lib/env";
import { configuredTransports } from "@/lib/outbox/transports";
import { startOutboxWorker } from "@/lib/outbox/worker";
import { startRetentionSchedule } from "@/lib/privacy/schedule";
import { bootState } from "@/lib/boot-state.mjs";

export { bootState };

async function attempt(): Promise<void> {
  const handle = getDbHandle();
  await runMigrations(handle);
  await seedReference(handle.db);
  if (shouldSeedDemo()) await seedDemo(handle.db);
}

/**
 * Start-up: migrate, seed reference data (and demo data outside production), start the outbox
 * worker. When the database is unreachable the process keeps running and retries every 5 s.
 */
export function boot(): void {
  const state = bootState();
  if (state.started) return;
  // A wrong or missing variable stops the start at once with one message naming every problem (a
  // retry loop would never fix a configuration error). `npm start` checks the same before `next
  // start` (scripts/check-env.ts); Next 16 prints its "Ready in" banner before this hook runs.
  const checked = parseEnv();
  if (!checked.ok) {
    console.error(
      `[boot] Si Dilan tidak dapat dimulai.\n${checked.message}\nLihat .env.example dan deploy/sidilan.env.example.`,
    );
    process.exit(1);
  }
  state.started = true;
  const run = async () => {
    try {
      const t0 = Date.now();
      await attempt();
      state.ready = true;
      state.lastError = undefined;
      console.log(`[boot] basis data siap (${getDbHandle().kind}, ${Date.now() - t0} ms)`);
      if (env().OUTBOX_WORKER) {
        const stopOutbox = startOutboxWorker(configuredTransports(), undefined, getDbHandle().db);
        const stopRetention = startRetentionSchedule(getDbHandle().db);
        state.stopWorker = () => {
          stopOutbox();
          stopRetention();
        };
      }
    } catch (e) {
      state.lastError = (e as Error).message;
      console.error("[boot] basis data belum siap, mencoba lagi dalam 5 detik:", state.lastError);
      setTimeout(run, 5000);
    }
  };
  void run();
}
