import { errors } from "@/lib/errors";
import { readJson, route } from "@/lib/http/route";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

/**
 * Benchmark baseline only (404 unless BENCH_ROUTES=1): read the JSON body and answer 201 with no database
 * work, as bench/bare's /api/noop does (readJson: bad JSON is a 400 here too). The two side by side measure what Next costs per request in this
 * app (its routes, headers, proxy and server actions) against a one-route app, for the same handler.
 */
export const POST = route(async (req: Request) => {
  if (!env().BENCH_ROUTES) throw errors.notFound("Halaman");
  const b = (await readJson(req)) as { title?: unknown };
  return Response.json({ title: String(b.title ?? "") }, { status: 201 });
});
