import { NextResponse } from "next/server";
import { db } from "@/lib/db";
import { aspirations } from "@/lib/db/schema";
import { errors } from "@/lib/errors";
import { readJson, route } from "@/lib/http/route";
import { newTrackingCode } from "@/lib/tracking/code";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

/**
 * Benchmark baseline only (404 unless BENCH_ROUTES=1): read the JSON and insert the same aspiration
 * row with no validation, anti-spam, events, audit or outbox — the floor the real endpoint is compared to.
 */
export const POST = route(async (req: Request) => {
  if (!env().BENCH_ROUTES) throw errors.notFound("Halaman");
  const b = (await readJson(req)) as Record<string, string>;
  const trackingCode = newTrackingCode("ASP");
  await db.insert(aspirations).values({ trackingCode, title: String(b.title), body: String(b.body), categoryId: 1, isCitywide: true, channel: "api", reporterName: b.name ?? null, reporterEmail: b.email ?? null, consentAt: new Date() });
  return NextResponse.json({ trackingCode }, { status: 201 });
});
