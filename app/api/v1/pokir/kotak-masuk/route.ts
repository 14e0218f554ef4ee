import { NextResponse } from "next/server";
import { protectedRoute } from "@/lib/http/route";
import { inboxPageDto } from "@/lib/inbox/api";
import { listInbox } from "@/lib/inbox/service";

export const dynamic = "force-dynamic";

/**
 * The member's inbox as JSON (same filters as /portal/kotak-masuk; `setelah` is the keyset cursor).
 * Server-Timing reports the database and total time of the request.
 */
export const GET = protectedRoute("inbox.read", async (req, _ctx, actor) => {
  const t0 = performance.now();
  const params = Object.fromEntries(new URL(req.url).searchParams.entries());
  const page = await listInbox(actor, params);
  const total = performance.now() - t0;
  return NextResponse.json(inboxPageDto(page), {
    headers: {
      "server-timing": `db;dur=${page.dbMs.toFixed(2)}, app;dur=${total.toFixed(2)}`,
      "cache-control": "private, no-store",
    },
  });
});
