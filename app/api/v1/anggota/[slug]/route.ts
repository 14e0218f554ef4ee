import { NextResponse } from "next/server";
import { errors } from "@/lib/errors";
import { route } from "@/lib/http/route";
import { cachedMemberFigures } from "@/lib/members/cached";

export const dynamic = "force-dynamic";

/** One member's public figures by profile slug (404 for an unknown slug). */
export const GET = route(async (_req: Request, ctx: { params: Promise<{ slug: string }> }) => {
  const { slug } = await ctx.params;
  const f = /^[a-z0-9-]{1,120}$/.test(slug) ? await cachedMemberFigures(slug) : null;
  if (!f) throw errors.notFound("Anggota");
  return NextResponse.json(f);
});
