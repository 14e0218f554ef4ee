import "server-only";
import { db, type Db } from "@/lib/db";
import { claimDueMessages, settleMessage, withFiles } from "./service";
import type { Transport } from "./transports";

/** Deliver one batch of due messages; returns how many were sent and failed. */
export async function deliverBatch(
  transports: Transport[],
  limit = 20,
  tx: Db = db,
): Promise<{ sent: number; failed: number }> {
  const byChannel = new Map(transports.map((t) => [t.channel, t]));
  const batch = await claimDueMessages([...byChannel.keys()], limit, undefined, tx);
  let sent = 0;
  let failed = 0;
  for (const msg of batch) {
    try {
      await byChannel.get(msg.channel)!.send(await withFiles(msg, tx));
      await settleMessage(msg, undefined, tx);
      sent++;
    } catch (e) {
      await settleMessage(msg, e, tx);
      failed++;
    }
  }
  return { sent, failed };
}

/** Poll the outbox every `intervalMs` until stopped. Errors (database down) are logged and retried. */
export function startOutboxWorker(transports: Transport[], intervalMs = 5000, tx: Db = db): () => void {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const tick = async () => {
    if (stopped) return;
    try {
      let r: { sent: number; failed: number };
      do r = await deliverBatch(transports, undefined, tx);
      while (!stopped && r.sent + r.failed >= 20);
    } catch (e) {
      console.warn("[outbox] gagal memproses antrean:", (e as Error).message);
    }
    if (!stopped) timer = setTimeout(tick, intervalMs);
  };
  timer = setTimeout(tick, 1000);
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
  };
}
