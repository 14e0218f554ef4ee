import nodemailer, { type Transporter } from "nodemailer";
import type { DeliverableMessage, OutboxChannel } from "./service";
import { env, type Env } from "@/lib/env";

export interface Transport {
  channel: OutboxChannel;
  send(msg: DeliverableMessage): Promise<void>;
}

/** SMTP through nodemailer; `smtpUrl` like smtp://user:pass@host:587. */
export function smtpTransport(smtpUrl: string, from: string): Transport {
  let transporter: Transporter | undefined;
  return {
    channel: "email",
    async send(msg) {
      transporter ??= nodemailer.createTransport(smtpUrl);
      await transporter.sendMail({
        from,
        to: msg.recipient,
        subject: msg.subject ?? "Si Dilan DPRD Kota Balikpapan",
        text: msg.body,
        attachments: mailAttachments(msg),
      });
    },
  };
}

/** The e-mail's files: the message's own PDF first, then the files it refers to, in their order. */
export function mailAttachments(msg: DeliverableMessage) {
  const out = [];
  if (msg.attachmentName && msg.attachmentData)
    out.push({
      filename: msg.attachmentName,
      content: Buffer.from(msg.attachmentData),
      contentType: "application/pdf",
    });
  for (const f of msg.files ?? []) out.push({ filename: f.name, content: f.data, contentType: f.mimeType });
  return out.length ? out : undefined;
}

/** Normalise an Indonesian phone number to WhatsApp's international form (62…). */
export function toWhatsAppNumber(phone: string): string {
  const digits = phone.replace(/\D/g, "");
  if (digits.startsWith("62")) return digits;
  if (digits.startsWith("0")) return `62${digits.slice(1)}`;
  return digits;
}

/** WhatsApp Cloud API text message (Graph API `/{phone-number-id}/messages`). */
export function whatsappTransport(opts: { token: string; phoneNumberId: string; apiBase?: string }): Transport {
  const base = opts.apiBase ?? "https://graph.facebook.com/v21.0";
  return {
    channel: "whatsapp",
    async send(msg) {
      const res = await fetch(`${base}/${opts.phoneNumberId}/messages`, {
        method: "POST",
        headers: { authorization: `Bearer ${opts.token}`, "content-type": "application/json" },
        body: JSON.stringify({
          messaging_product: "whatsapp",
          to: toWhatsAppNumber(msg.recipient),
          type: "text",
          text: { body: msg.body.slice(0, 4096) },
        }),
        signal: AbortSignal.timeout(15000),
      });
      if (!res.ok) throw new Error(`WhatsApp API ${res.status}: ${(await res.text()).slice(0, 200)}`);
    },
  };
}

/** The transports configured by the environment; unconfigured channels stay queued. */
export function configuredTransports(
  envVars: Pick<
    Env,
    "SMTP_URL" | "MAIL_FROM" | "WHATSAPP_TOKEN" | "WHATSAPP_PHONE_NUMBER_ID" | "WHATSAPP_API_BASE"
  > = env(),
): Transport[] {
  const out: Transport[] = [];
  if (envVars.SMTP_URL)
    out.push(smtpTransport(envVars.SMTP_URL, envVars.MAIL_FROM || "Si Dilan <no-reply@sidilan.test>"));
  if (envVars.WHATSAPP_TOKEN && envVars.WHATSAPP_PHONE_NUMBER_ID) {
    out.push(
      whatsappTransport({
        token: envVars.WHATSAPP_TOKEN,
        phoneNumberId: envVars.WHATSAPP_PHONE_NUMBER_ID,
        apiBase: envVars.WHATSAPP_API_BASE,
      }),
    );
  }
  return out;
}
