import { NextResponse } from "next/server";
import { protectedRoute, readJson } from "@/lib/http/route";
import { apiListQuery, filesFromBody, incomingListDto, incomingRegisteredDto } from "@/lib/letters/api";
import { MAX_JSON_BODY_BYTES } from "@/lib/attachments/limits";
import { listIncoming, registerIncoming } from "@/lib/letters/incoming";

export const dynamic = "force-dynamic";

/** Search incoming letters (staff; read-scope tokens allowed). Rahasia letters outside the caller's scope never appear. */
export const GET = protectedRoute("letter.read", async (req, _ctx, actor) => {
  const q = apiListQuery(req.url);
  return NextResponse.json(incomingListDto(await listIncoming(actor, q)));
});

/** Register an incoming letter, e.g. from a scanning station with a write-scope token. */
export const POST = protectedRoute("letter.register", async (req, _ctx, actor) => {
  const { fields, files } = filesFromBody(await readJson(req, MAX_JSON_BODY_BYTES), "scans");
  const body = incomingRegisteredDto(await registerIncoming(actor, fields, files));
  return NextResponse.json(body, { status: 201, headers: { location: body.url } });
});
