import type { z } from "zod";
import { submitFromApi } from "@/lib/aspirations/api";
import type { submittedResponseSchema } from "@/lib/aspirations/api-schema";
import { MAX_JSON_BODY_BYTES } from "@/lib/attachments/limits";
import { actorFromRequest } from "@/lib/auth/session";
import { clientIpFromHeaders } from "@/lib/http/ip";
import { readJson, route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Submit an aspiration (public with ALTCHA, or staff with a token logging a channel). */
export const POST = route(async (req: Request) => {
  // Most callers are anonymous citizens: without a token or a session cookie this asks nobody.
  const actor = await actorFromRequest(req);
  const body = await readJson(req, MAX_JSON_BODY_BYTES);
  const r = await submitFromApi(actor, body, clientIpFromHeaders(req.headers));
  // Response.json, not NextResponse.json: the latter builds a Response and then wraps its body in a second one.
  return Response.json({ trackingCode: r.trackingCode } satisfies z.output<typeof submittedResponseSchema>, {
    status: 201,
    headers: { location: `/api/v1/aspirasi/${r.trackingCode}` },
  });
});
