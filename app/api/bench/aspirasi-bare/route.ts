import { NextResponse } from "next/server";
import { insertBareAspiration } from "@/lib/aspirations/bench-baseline";
import { errors } from "@/lib/errors";
import { readJson, route } from "@/lib/http/route";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

/**
 * Benchmark baseline only (404 unless BENCH_ROUTES=1): read the JSON and insert the same aspiration
 * row with no validation, anti-spam, events, audit or outbox — the floor the real endpoint is compared to.
 */
export const POST = route(async (req: Request) => {
  if (!env().BENCH_ROUTES) throw errors.notFound("Halaman");
  const b = (await readJson(req)) as Record<string, string>;
  const trackingCode = await insertBareAspiration(b);
  return NextResponse.json({ trackingCode }, { status: 201 });
});
