import "server-only";
import { simpleParser } from "mailparser";
import type { IncomingFile } from "@/lib/attachments/service";
import { db, type Db } from "@/lib/db";
import { errors } from "@/lib/errors";
import { safeEqual } from "@/lib/security/hash";
import { MAX_ATTACHMENTS } from "../constants";
import { submitAspiration } from "../submit";
import { titleFrom } from "./whatsapp";
import { env } from "@/lib/env";

export const MAX_EMAIL_BYTES = 60_000_000;

/** The mail relay authenticates with a bearer secret (EMAIL_INBOUND_SECRET). */
export function checkEmailSecret(header: string | null): void {
  const secret = env().EMAIL_INBOUND_SECRET;
  const given = header?.toLowerCase().startsWith("bearer ") ? header.slice(7).trim() : "";
  if (!secret || !given || !safeEqual(given, secret))
    throw errors.channelUnauthorized("Kunci relai email (Authorization: Bearer)");
}

/**
 * One raw RFC 822 message → one aspiration (channel email): sender as contact, subject as title,
 * text body, image/PDF attachments (checked like any upload). A repeated Message-ID creates nothing.
 */
export async function handleInboundEmail(raw: Buffer, tx: Db = db) {
  if (raw.length === 0) throw errors.badRequest("Pesan email kosong.");
  const mail = await simpleParser(raw).catch(() => {
    throw errors.badRequest("Pesan email tidak dapat dibaca.");
  });
  const from = mail.from?.value?.[0];
  if (!from?.address) throw errors.validation({ from: ["Alamat pengirim email tidak ada."] });
  const text = (mail.text ?? "").trim();
  const subject = (mail.subject ?? "").trim() || titleFrom(text);
  const files: IncomingFile[] = (mail.attachments ?? [])
    .filter((a) => /^(image\/|application\/pdf)/.test(a.contentType))
    .slice(0, MAX_ATTACHMENTS)
    .map((a) => ({ name: a.filename ?? "lampiran", data: a.content }));
  const messageId = mail.messageId?.trim();
  return submitAspiration(
    null,
    {
      title: subject.length >= 5 ? subject.slice(0, 150) : `Aspirasi: ${subject}`,
      body: (text.length >= 10 ? text : `${text}\n(dikirim lewat email)`).slice(0, 5000),
      category: "lainnya",
      citywide: true,
      name: (from.name || from.address).slice(0, 120),
      email: from.address,
      consent: false,
    },
    files,
    { channel: "email", sourceRef: messageId ? `mail:${messageId.slice(0, 300)}` : undefined },
    tx,
  );
}
