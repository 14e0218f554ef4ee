import { NextResponse } from "next/server";
import { protectedRoute } from "@/lib/http/route";
import { incomingDto } from "@/lib/letters/api";
import { getIncoming } from "@/lib/letters/incoming-detail";

export const dynamic = "force-dynamic";

/** One incoming letter with scans and disposition branches; 404 outside the caller's scope. */
export const GET = protectedRoute("letter.read", async (_req, ctx: { params: Promise<{ id: string }> }, actor) => {
  const { id } = await ctx.params;
  return NextResponse.json(incomingDto(await getIncoming(actor, id)));
});
