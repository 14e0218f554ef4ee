import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { writeAudit } from "@/lib/audit/service";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { outboxMessages } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { errors } from "@/lib/errors";
import { enqueueMessage } from "@/lib/outbox/service";
import { sha256Hex } from "@/lib/security/hash";
import { normalizeEmail, normalizePhone } from "./contact";
import { PERSONAL_DATA_SOURCES } from "./registry";
import { fieldErrorsOf } from "@/lib/validation";

/** The placeholder replaced by the recipient's own tracking codes (so they know which record it is about). */
export const CODES_PLACEHOLDER = "{kode}";
const RELATED_TYPE = "breach_notice";
export const DEFAULT_BREACH_SUBJECT =
  "Pemberitahuan kegagalan pelindungan data pribadi — Sekretariat DPRD Kota Balikpapan";
/** The notice to the people affected (docs/breach-runbook.md); staff fill in the brackets. */
export const BREACH_NOTICE_TEMPLATE = `Yth. Bapak/Ibu,

Sekretariat DPRD Kota Balikpapan memberitahukan bahwa telah terjadi kegagalan pelindungan data pribadi pada layanan Si Dilan yang menyangkut data yang Anda sampaikan melalui aspirasi atau usulan pokir dengan kode ${CODES_PLACEHOLDER}.

Data yang terungkap: [nama, nomor telepon, alamat e-mail, isi aspirasi, ...].
Kapan dan bagaimana: pada [tanggal, pukul WITA] [uraian singkat]. Kami mengetahuinya pada [tanggal].
Yang sudah kami lakukan: [menutup akses, mengganti kata sandi sistem, melapor kepada ...] dan [langkah pemulihan].

Yang dapat Anda lakukan: waspadai telepon, SMS, WhatsApp atau e-mail yang mengatasnamakan DPRD Kota Balikpapan atau menyebut aspirasi Anda, terutama yang meminta uang, kode OTP atau data pribadi. Kami tidak pernah meminta hal tersebut.

Anda berhak meminta salinan, perbaikan atau penghapusan data pribadi Anda melalui halaman /data-saya dengan kode pelacakan Anda.

Narahubung: [nama], Pejabat Pelindungan Data Pribadi Sekretariat DPRD Kota Balikpapan, telepon/WhatsApp [nomor], e-mail [alamat].

Hormat kami,
Sekretariat DPRD Kota Balikpapan`;
/** WhatsApp text limit (4096) minus room for the subject line and the tracking codes. */
const MAX_BODY = 3500;

/** A bare date (2026-11-01, as typed or from a date input) is midnight in Balikpapan (WITA, UTC+8). */
export function localDate(v: string | undefined): string | undefined {
  if (v && /^\d{4}-\d{2}-\d{2}$/.test(v.trim())) return `${v.trim()}T00:00:00+08:00`;
  return v;
}

const toLocal = (v: unknown) => (typeof v === "string" ? localDate(v) : v);

export const breachNoticeSchema = z
  .object({
    since: z.preprocess(toLocal, z.coerce.date({ error: "Tanggal mulai tidak sah (contoh: 2026-11-01)." })),
    until: z.preprocess(toLocal, z.coerce.date({ error: "Tanggal akhir tidak sah (contoh: 2026-12-01)." })),
    subject: z.string().trim().min(5, "Subjek minimal 5 karakter.").max(200, "Subjek maksimal 200 karakter."),
    body: z
      .string()
      .trim()
      .min(50, "Isi pemberitahuan minimal 50 karakter.")
      .max(MAX_BODY, `Isi pemberitahuan maksimal ${MAX_BODY} karakter.`)
      .refine(
        (b) => !/\[[^\]\n]{0,200}\]/.test(b),
        "Isi masih memuat bagian [dalam kurung siku] dari templat yang belum diisi.",
      ),
  })
  .refine((v) => v.until.getTime() > v.since.getTime(), {
    path: ["until"],
    message: "Tanggal akhir harus setelah tanggal mulai.",
  });

export type BreachNoticeInput = z.input<typeof breachNoticeSchema>;

/** What a dry run shows: how many records and people, never the contacts themselves. */
export interface BreachAudience {
  since: Date;
  until: Date;
  /** Records created in the period, per source. */
  records: { source: string; label: string; count: number }[];
  /** Anonymous records: never contacted, even when a contact was stored by mistake. */
  anonymousSkipped: number;
  /** Records whose contact was never given or has been erased (by request or retention). */
  withoutContact: number;
  emailRecipients: number;
  whatsappRecipients: number;
  /** Messages --apply queues: one per distinct e-mail address and one per distinct phone number. */
  messages: number;
}

interface Recipients {
  emails: Map<string, string[]>;
  phones: Map<string, string[]>;
  audience: BreachAudience;
}

function parse(input: BreachNoticeInput) {
  const r = breachNoticeSchema.safeParse(input);
  if (!r.success) throw errors.validation(fieldErrorsOf(r.error));
  return r.data;
}

/** Distinct contacts (normalised like the data request) of every record created in [since, until). */
async function collect(db: Db, since: Date, until: Date): Promise<Recipients> {
  const emails = new Map<string, string[]>();
  const phones = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, code: string) => map.set(key, [...(map.get(key) ?? []), code]);
  const audience: BreachAudience = {
    since,
    until,
    records: [],
    anonymousSkipped: 0,
    withoutContact: 0,
    emailRecipients: 0,
    whatsappRecipients: 0,
    messages: 0,
  };
  for (const source of PERSONAL_DATA_SOURCES) {
    const rows = await source.createdBetween(db, since, until);
    audience.records.push({ source: source.name, label: source.label, count: rows.length });
    for (const row of rows) {
      if (row.anonymous) {
        audience.anonymousSkipped++;
        continue;
      }
      const email = normalizeEmail(row.email);
      const phone = normalizePhone(row.phone);
      if (!email && !phone) audience.withoutContact++;
      if (email) add(emails, email, row.trackingCode);
      if (phone) add(phones, phone, row.trackingCode);
    }
  }
  audience.emailRecipients = emails.size;
  audience.whatsappRecipients = phones.size;
  audience.messages = emails.size + phones.size;
  return { emails, phones, audience };
}

/** The batch id: the same period and text give the same id, so a notice is never queued twice by mistake. */
function batchId(v: { since: Date; until: Date; subject: string; body: string }): string {
  return `breach-${sha256Hex(`${v.since.toISOString()}|${v.until.toISOString()}|${v.subject}|${v.body}`).slice(0, 24)}`;
}

const personalise = (body: string, codes: string[]) =>
  body.split(CODES_PLACEHOLDER).join([...new Set(codes)].join(", "));

/** Dry run of a breach notice (staff/admin): who would be notified, as counts. Audited. */
export async function previewBreachNotice(
  actor: Actor | null,
  input: BreachNoticeInput,
  tx: Db = db,
): Promise<BreachAudience> {
  const staff = await requirePermission(actor, "privacy.manage", tx);
  const v = parse(input);
  const { audience } = await collect(tx, v.since, v.until);
  await writeAudit(
    {
      actor: staff,
      action: "privacy.breach.preview",
      entityType: RELATED_TYPE,
      entityId: batchId(v),
      detail: {
        since: v.since.toISOString(),
        until: v.until.toISOString(),
        messages: audience.messages,
        anonymousSkipped: audience.anonymousSkipped,
      },
    },
    tx,
  );
  return audience;
}

/**
 * Queue the breach notice (UU 27/2022 art. 46) to every affected citizen through the outbox: one
 * e-mail per distinct address and one WhatsApp message per distinct number, in one transaction with
 * its audit entry. Anonymous and erased records are skipped. Refuses to queue the same notice twice.
 */
export async function sendBreachNotice(
  actor: Actor | null,
  input: BreachNoticeInput,
  tx: Db = db,
): Promise<BreachAudience & { batchId: string }> {
  const staff = await requirePermission(actor, "privacy.manage", tx);
  const v = parse(input);
  const id = batchId(v);
  return tx.transaction(async (tx) => {
    const [{ queued }] = await tx
      .select({ queued: sql<number>`count(*)::int` })
      .from(outboxMessages)
      .where(and(eq(outboxMessages.relatedType, RELATED_TYPE), eq(outboxMessages.relatedId, id)));
    if (queued > 0)
      throw errors.conflict(
        `Pemberitahuan yang sama (periode dan teks sama) sudah diantrekan: ${queued} pesan. Ubah teksnya bila memang perlu mengirim ulang.`,
      );
    const { emails, phones, audience } = await collect(tx, v.since, v.until);
    for (const [email, codes] of emails) {
      await enqueueMessage(
        {
          channel: "email",
          recipient: email,
          subject: v.subject,
          body: personalise(v.body, codes),
          relatedType: RELATED_TYPE,
          relatedId: id,
        },
        tx,
      );
    }
    for (const [phone, codes] of phones) {
      await enqueueMessage(
        {
          channel: "whatsapp",
          recipient: phone,
          subject: v.subject,
          body: `${v.subject}\n\n${personalise(v.body, codes)}`,
          relatedType: RELATED_TYPE,
          relatedId: id,
        },
        tx,
      );
    }
    await writeAudit(
      {
        actor: staff,
        action: "privacy.breach.notify",
        entityType: RELATED_TYPE,
        entityId: id,
        detail: {
          since: v.since.toISOString(),
          until: v.until.toISOString(),
          subject: v.subject,
          bodySha256: sha256Hex(v.body),
          records: audience.records.reduce((n, r) => n + r.count, 0),
          emails: audience.emailRecipients,
          whatsapp: audience.whatsappRecipients,
          anonymousSkipped: audience.anonymousSkipped,
          withoutContact: audience.withoutContact,
        },
      },
      tx,
    );
    return { ...audience, batchId: id };
  });
}
