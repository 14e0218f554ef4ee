import "server-only";
import { createHmac } from "node:crypto";
import { db, type Db } from "@/lib/db";
import { errors } from "@/lib/errors";
import { safeEqual } from "@/lib/security/hash";
import { submitAspiration } from "../submit";
import { env } from "@/lib/env";

/** The Meta webhook subscription handshake: echo hub.challenge when the verify token matches. */
export function whatsappHandshake(url: string): string {
  const p = new URL(url).searchParams;
  const token = env().WHATSAPP_VERIFY_TOKEN;
  if (!token || p.get("hub.mode") !== "subscribe" || !safeEqual(p.get("hub.verify_token") ?? "", token))
    throw errors.channelForbidden("Token verifikasi WhatsApp (hub.verify_token)");
  return p.get("hub.challenge") ?? "";
}

/** X-Hub-Signature-256: "sha256=" + HMAC-SHA256 of the raw body with the app secret. */
export function verifyWhatsappSignature(raw: string, header: string | null): boolean {
  const secret = env().WHATSAPP_APP_SECRET;
  if (!secret || !header?.startsWith("sha256=")) return false;
  const expected = `sha256=${createHmac("sha256", secret).update(raw, "utf8").digest("hex")}`;
  return safeEqual(header, expected);
}

interface WaMessage {
  id?: string;
  from?: string;
  type?: string;
  text?: { body?: string };
}
interface WaPayload {
  object?: string;
  entry?: {
    changes?: {
      field?: string;
      value?: { contacts?: { profile?: { name?: string }; wa_id?: string }[]; messages?: WaMessage[] };
    }[];
  }[];
}

/** A title from the first line of a message. */
export function titleFrom(text: string): string {
  const first =
    text
      .split(/\r?\n/)
      .find((l) => l.trim())
      ?.trim() ?? "Aspirasi";
  return first.length > 100 ? `${first.slice(0, 97)}…` : first.padEnd(5, ".");
}

/**
 * Turn the text messages of a verified webhook payload into aspirations (channel whatsapp, category
 * "lainnya", no area: staff complete them). The tracking code goes back through the outbox to the
 * sender. The message id is the source reference, so Meta's redeliveries create nothing.
 */
export async function handleWhatsappPayload(
  payload: unknown,
  tx: Db = db,
): Promise<{ created: string[]; duplicates: number; skipped: number }> {
  const p = payload as WaPayload;
  const out = { created: [] as string[], duplicates: 0, skipped: 0 };
  if (p?.object !== "whatsapp_business_account" || !Array.isArray(p.entry))
    throw errors.badRequest("Payload webhook WhatsApp tidak dikenal.");
  for (const entry of p.entry) {
    for (const change of entry.changes ?? []) {
      const value = change.value;
      for (const m of value?.messages ?? []) {
        const text = m.type === "text" ? m.text?.body?.trim() : undefined;
        if (!m.id || !m.from || !text) {
          out.skipped++;
          continue;
        }
        const name =
          value?.contacts?.find((c) => c.wa_id === m.from)?.profile?.name || `Pengguna WhatsApp ${m.from.slice(-4)}`;
        const body = text.length >= 10 ? text : `${text} (pesan WhatsApp)`;
        try {
          const r = await submitAspiration(
            null,
            {
              title: titleFrom(text),
              body: body.slice(0, 5000),
              category: "lainnya",
              citywide: true,
              name: name.slice(0, 120),
              phone: m.from,
              consent: false,
            },
            [],
            { channel: "whatsapp", sourceRef: `wa:${m.id.slice(0, 200)}` },
            tx,
          );
          if (r.duplicate) out.duplicates++;
          else out.created.push(r.trackingCode);
        } catch {
          out.skipped++;
        }
      }
    }
  }
  return out;
}
