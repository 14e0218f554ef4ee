import { NextResponse } from "next/server";
import { protectedRoute } from "@/lib/http/route";
import { outgoingDto } from "@/lib/letters/api";
import { getOutgoing } from "@/lib/letters/outgoing-read";

export const dynamic = "force-dynamic";

/** One outgoing letter; 404 outside the caller's scope. */
export const GET = protectedRoute("letter.read", async (_req, ctx: { params: Promise<{ id: string }> }, actor) => {
  const { id } = await ctx.params;
  return NextResponse.json(outgoingDto(await getOutgoing(actor, id)));
});
