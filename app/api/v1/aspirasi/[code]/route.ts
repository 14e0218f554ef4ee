import { NextResponse } from "next/server";
import { checkLookupLimit } from "@/lib/antispam/service";
import { trackingDto } from "@/lib/aspirations/api";
import { trackAspiration } from "@/lib/aspirations/public";
import { clientIpFromHeaders } from "@/lib/http/ip";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Public status and timeline of one aspiration by tracking code (no personal data), under the shared look-up limit. */
export const GET = route(async (req: Request, ctx: { params: Promise<{ code: string }> }) => {
  const { code } = await ctx.params;
  await checkLookupLimit(clientIpFromHeaders(req.headers));
  return NextResponse.json(trackingDto(await trackAspiration(code)), { headers: { "cache-control": "no-store" } });
});
