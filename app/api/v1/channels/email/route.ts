import { NextResponse } from "next/server";
import { checkEmailSecret, handleInboundEmail, MAX_EMAIL_BYTES } from "@/lib/aspirations/channels/email";
import { errors } from "@/lib/errors";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Raw RFC 822 messages from the mail relay (bearer secret). */
export const POST = route(async (req: Request) => {
  checkEmailSecret(req.headers.get("authorization"));
  const raw = Buffer.from(await req.arrayBuffer());
  if (raw.length > MAX_EMAIL_BYTES) throw errors.badRequest("Pesan email terlalu besar.");
  const r = await handleInboundEmail(raw);
  return NextResponse.json(
    { trackingCode: r.trackingCode, duplicate: r.duplicate },
    { status: r.duplicate ? 200 : 201 },
  );
});
