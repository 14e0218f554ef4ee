import { NextResponse } from "next/server";
import { protectedRoute } from "@/lib/http/route";
import { findPerson } from "@/lib/privacy/service";

export const dynamic = "force-dynamic";

/** Staff: one person's data across all services as JSON (GET ?email=…&phone=…). */
export const GET = protectedRoute("privacy.manage", async (req, _ctx, actor) => {
  const q = new URL(req.url).searchParams;
  const records = await findPerson(actor, { email: q.get("email") ?? undefined, phone: q.get("phone") ?? undefined });
  return NextResponse.json(
    { exportedAt: new Date().toISOString(), records },
    { headers: { "content-disposition": 'attachment; filename="data-pribadi.json"', "cache-control": "no-store" } },
  );
});
