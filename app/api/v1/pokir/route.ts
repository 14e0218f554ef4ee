import { NextResponse } from "next/server";
import { checkAntiSpam } from "@/lib/antispam/service";
import { clientIpFromHeaders } from "@/lib/http/ip";
import { protectedRoute, readJson } from "@/lib/http/route";
import { photosFromBody, pokirSubmittedDto } from "@/lib/pokir/api";
import { MAX_JSON_BODY_BYTES } from "@/lib/attachments/limits";
import { publicProposalSchema } from "@/lib/pokir/schema";
import { submitPublicProposal } from "@/lib/pokir/submit";
import { parseInput } from "@/lib/validation";

export const dynamic = "force-dynamic";

/**
 * Submit a public pokir proposal (open to anyone while a period is open). Anonymous callers send the
 * ALTCHA proof in `altcha` (unless PUBLIC_CHALLENGE=off); everyone passes the per-IP limit.
 */
export const POST = protectedRoute("pokir.submit", async (req, _ctx, actor) => {
  const { fields, files } = photosFromBody(await readJson(req, MAX_JSON_BODY_BYTES));
  parseInput(publicProposalSchema, fields);
  await checkAntiSpam({ ip: clientIpFromHeaders(req.headers), fields, form: false, challenge: !actor, scope: "pokir" });
  const body = pokirSubmittedDto(await submitPublicProposal(actor, fields, files));
  return NextResponse.json(body, { status: 201, headers: { location: body.url } });
});
