import "server-only";
import { db, type Db } from "@/lib/db";
import { aspirations } from "@/lib/db/schema";
import { newTrackingCode } from "@/lib/tracking/code";

/**
 * Benchmark baseline only: insert an aspiration row with no validation, anti-spam, events, audit or
 * outbox — the floor the real endpoint is compared to (used by app/api/bench/aspirasi-bare).
 */
export async function insertBareAspiration(b: Record<string, string>, tx: Db = db): Promise<string> {
  const trackingCode = newTrackingCode("ASP");
  await tx.insert(aspirations).values({
    trackingCode,
    title: String(b.title),
    body: String(b.body),
    categoryId: 1,
    isCitywide: true,
    channel: "api",
    reporterName: b.name ?? null,
    reporterEmail: b.email ?? null,
    consentAt: new Date(),
  });
  return trackingCode;
}
