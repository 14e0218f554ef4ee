import { NextResponse } from "next/server";
import { checkLookupLimit } from "@/lib/antispam/service";
import { actorFromRequest } from "@/lib/auth/session";
import { errors } from "@/lib/errors";
import { clientIpFromHeaders } from "@/lib/http/ip";
import { route } from "@/lib/http/route";
import { pokirProposalDto, pokirTrackingDto } from "@/lib/pokir/api";
import { getProposalForMember, getProposalForStaff, trackProposal } from "@/lib/pokir/read";
import { isUuid } from "@/lib/validation";

export const dynamic = "force-dynamic";

/**
 * A tracking code (POK-…) gives the public timeline to anyone (rate-limited); a UUID gives the full
 * record to staff and to members of its dapil (others: 404, never 403).
 */
export const GET = route(async (req: Request, ctx: { params: Promise<{ kode: string }> }) => {
  const { kode } = await ctx.params;
  if (isUuid(kode)) {
    const actor = await actorFromRequest(req);
    if (!actor) throw errors.unauthorized();
    const p =
      actor.role === "member" ? await getProposalForMember(actor, kode) : await getProposalForStaff(actor, kode);
    return NextResponse.json(pokirProposalDto(p));
  }
  await checkLookupLimit(clientIpFromHeaders(req.headers));
  const t = await trackProposal(kode);
  if (!t) throw errors.notFound("Usulan pokir");
  return NextResponse.json(pokirTrackingDto(t));
});
