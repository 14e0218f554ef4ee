import "server-only";
import { db, type Db } from "@/lib/db";
import { runRetention } from "./service";
import { env } from "@/lib/env";

/**
 * Run the retention job every RETENTION_INTERVAL_HOURS (default 24; 0 turns it off), first a minute
 * after start. Several instances may run it: each run is one idempotent transaction.
 */
export function startRetentionSchedule(tx: Db = db): () => void {
  const hours = env().RETENTION_INTERVAL_HOURS;
  if (!Number.isFinite(hours) || hours <= 0) return () => {};
  const run = async () => {
    try {
      const r = await runRetention(undefined, tx);
      console.log(`[retensi] ${r.sources.map((s) => `${s.source}: ${s.anonymised} dianonimkan`).join(", ")}`);
    } catch (e) {
      console.error("[retensi] gagal:", (e as Error).message);
    }
  };
  const first = setTimeout(run, 60_000);
  const every = setInterval(run, hours * 3_600_000);
  first.unref?.();
  every.unref?.();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
