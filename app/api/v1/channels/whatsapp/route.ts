import { NextResponse } from "next/server";
import { handleWhatsappPayload, verifyWhatsappSignature, whatsappHandshake } from "@/lib/aspirations/channels/whatsapp";
import { logDenied } from "@/lib/auth/guard";
import { errors } from "@/lib/errors";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Meta's subscription handshake. */
export const GET = route(
  async (req: Request) => new Response(whatsappHandshake(req.url), { headers: { "content-type": "text/plain" } }),
);

/** Incoming WhatsApp Cloud API messages, signed with the app secret. */
export const POST = route(async (req: Request) => {
  const raw = await req.text();
  if (raw.length > 1_000_000) throw errors.badRequest("Payload terlalu besar.");
  if (!verifyWhatsappSignature(raw, req.headers.get("x-hub-signature-256"))) {
    await logDenied(null, "channel.whatsapp.signature");
    throw errors.channelUnauthorized("Tanda tangan X-Hub-Signature-256 WhatsApp");
  }
  let payload: unknown;
  try {
    payload = JSON.parse(raw);
  } catch {
    throw errors.badRequest("Isi permintaan bukan JSON yang valid.");
  }
  const r = await handleWhatsappPayload(payload);
  return NextResponse.json({ received: true, created: r.created.length, duplicates: r.duplicates });
});
