import { NextResponse } from "next/server";
import { trackingDto } from "@/lib/aspirations/api";
import { trackAspiration } from "@/lib/aspirations/public";
import { db } from "@/lib/db";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Public status and timeline of one aspiration by tracking code (no personal data). */
export const GET = route(async (_req: Request, ctx: { params: Promise<{ code: string }> }) => {
  const { code } = await ctx.params;
  return NextResponse.json(trackingDto(await trackAspiration(db, code)), { headers: { "cache-control": "no-store" } });
});
