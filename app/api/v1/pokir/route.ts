import { NextResponse } from "next/server";
import { db } from "@/lib/db";
import { clientIpFromHeaders } from "@/lib/http/ip";
import { protectedRoute, readJson } from "@/lib/http/route";
import { checkIpRate } from "@/lib/pokir/antispam";
import { MAX_POKIR_BODY, photosFromBody } from "@/lib/pokir/api";
import { submitPublicProposal } from "@/lib/pokir/submit";

export const dynamic = "force-dynamic";

/** Submit a public pokir proposal (open to anyone while a period is open; rate-limited per IP). */
export const POST = protectedRoute("pokir.submit", async (req, _ctx, actor) => {
  await checkIpRate(db, clientIpFromHeaders(req.headers));
  const { fields, files } = photosFromBody(await readJson(req, MAX_POKIR_BODY));
  const r = await submitPublicProposal(db, actor, fields, files);
  const url = `/api/v1/pokir/${r.trackingCode}`;
  return NextResponse.json({ trackingCode: r.trackingCode, url }, { status: 201, headers: { location: url } });
});
