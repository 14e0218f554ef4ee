import "server-only";
import { desc, eq, lt } from "drizzle-orm";
import { randomInt } from "node:crypto";
import { z } from "zod";
import { writeAudit } from "@/lib/audit/service";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { auditLog, privacyRequests } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { errors } from "@/lib/errors";
import { notifyContact } from "@/lib/outbox/service";
import { hitAddressLimit, hitRateLimit } from "@/lib/rate-limit/service";
import { keyedHash, safeEqual, sha256Hex } from "@/lib/security/hash";
import { normalizeTrackingCode } from "@/lib/tracking/code";
import { normalizeContact, type ContactKey } from "./contact";
import { eraseTraces, tracePerson } from "./erase";
import { PERSONAL_DATA_SOURCES } from "./registry";
import type { PersonalRecord } from "./sources";
import { env } from "@/lib/env";
import { fieldErrorsOf } from "@/lib/validation";

const OTP_MINUTES = 15;
const OTP_MAX_ATTEMPTS = 5;

function hashOtp(requestId: string, otp: string): string {
  return sha256Hex(`${requestId}:${otp}`);
}

async function contactForCode(db: Db, code: string): Promise<ContactKey> {
  for (const s of PERSONAL_DATA_SOURCES) {
    const c = await s.contactByCode(db, code);
    if (c) return c;
  }
  throw errors.notFound("Kode pelacakan");
}

/** One-time codes per tracking code and per contact (not only per address): nobody floods a person. */
const OTP_PER_CODE = { limit: 3, windowSeconds: 3600 };
const OTP_PER_CONTACT = { limit: 5, windowSeconds: 86_400 };

async function hitOtpLimit(db: Db, key: string, l: { limit: number; windowSeconds: number }): Promise<void> {
  const rl = await hitRateLimit(key, l.limit, l.windowSeconds, db);
  if (!rl.allowed) {
    throw errors.rateLimited(
      rl.retryAfter,
      `Kode sekali pakai untuk laporan ini sudah diminta berulang kali. Coba lagi dalam ${Math.max(1, Math.ceil(rl.retryAfter / 60))} menit.`,
    );
  }
}

/**
 * Step 1 of a citizen's data request: a one-time code goes to the contact stored with the record of
 * this tracking code (through the outbox, in the same transaction). Returns the request id only: the
 * holder of a code learns nothing about the contact (not even a masked form, nor whether one exists).
 */
export async function startDataRequest(rawCode: string, ip: string, tx: Db = db): Promise<{ requestId: string }> {
  const code = normalizeTrackingCode(rawCode ?? "");
  if (!code) throw errors.validation({ trackingCode: ["Kode pelacakan tidak dikenali. Contoh: ASP-7KX9-Q2MD."] });
  const rl = await hitAddressLimit("privacy", ip, 10, 3600, tx);
  if (!rl.allowed) throw errors.rateLimited(rl.retryAfter);
  await hitOtpLimit(tx, `privacy:code:${keyedHash(code, "privacy")}`, OTP_PER_CODE);
  const contact = await contactForCode(tx, code);
  const c = normalizeContact(contact);
  const reachable = Boolean(c.email || c.phone);
  for (const target of [c.email, c.phone])
    if (target) await hitOtpLimit(tx, `privacy:contact:${keyedHash(target, "privacy")}`, OTP_PER_CONTACT);
  const otp = String(randomInt(0, 1_000_000)).padStart(6, "0");
  return tx.transaction(async (tx) => {
    const [row] = await tx
      .insert(privacyRequests)
      .values({ trackingCode: code, codeHash: "pending", expiresAt: new Date(Date.now() + OTP_MINUTES * 60_000) })
      .returning({ id: privacyRequests.id });
    // Without a contact the request exists but no code can ever match it (same answer either way).
    await tx
      .update(privacyRequests)
      .set({ codeHash: reachable ? hashOtp(row.id, otp) : "tanpa-kontak" })
      .where(eq(privacyRequests.id, row.id));
    if (reachable) {
      await notifyContact(
        contact,
        {
          subject: "Kode sekali pakai permintaan data pribadi — Si Dilan",
          body: `Kode sekali pakai Anda: ${otp}\nBerlaku ${OTP_MINUTES} menit untuk melihat data pribadi yang terkait dengan ${code}.\nAbaikan pesan ini jika Anda tidak memintanya.`,
          relatedType: "privacy_request",
          relatedId: row.id,
        },
        tx,
      );
    }
    await writeAudit(
      {
        actor: null,
        action: "privacy.request.start",
        entityType: "privacy_request",
        entityId: row.id,
        detail: { trackingCode: code, sent: reachable },
      },
      tx,
    );
    return { requestId: row.id };
  });
}

/** Step 2: the one-time code shows every record that holds the same contact. Single use, 5 attempts. */
export async function confirmDataRequest(requestId: string, otp: string, tx: Db = db): Promise<PersonalRecord[]> {
  if (!z.uuid().safeParse(requestId).success) throw errors.notFound("Permintaan");
  const cleaned = (otp ?? "").replace(/\s/g, "");
  if (!/^\d{6}$/.test(cleaned)) throw errors.validation({ otp: ["Masukkan 6 angka kode sekali pakai."] });
  return tx
    .transaction(async (tx) => {
      const [req] = await tx.select().from(privacyRequests).where(eq(privacyRequests.id, requestId)).for("update");
      if (!req) throw errors.notFound("Permintaan");
      if (req.usedAt) throw errors.badRequest("Kode ini sudah dipakai. Ajukan permintaan baru.");
      if (req.expiresAt < new Date()) throw errors.badRequest("Kode sudah kedaluwarsa. Ajukan permintaan baru.");
      if (req.attempts >= OTP_MAX_ATTEMPTS)
        throw errors.badRequest("Terlalu banyak percobaan. Ajukan permintaan baru.");
      if (!safeEqual(req.codeHash, hashOtp(req.id, cleaned))) {
        await tx
          .update(privacyRequests)
          .set({ attempts: req.attempts + 1 })
          .where(eq(privacyRequests.id, req.id));
        return "wrong" as const;
      }
      await tx.update(privacyRequests).set({ usedAt: new Date() }).where(eq(privacyRequests.id, req.id));
      const contact = await contactForCode(tx, req.trackingCode);
      const records = await findPersonRecords(tx, contact);
      await writeAudit(
        {
          actor: null,
          action: "privacy.request.confirm",
          entityType: "privacy_request",
          entityId: req.id,
          detail: { records: records.length },
        },
        tx,
      );
      return records;
    })
    .then((r) => {
      // The failed attempt is counted (committed) before the error is raised.
      if (r === "wrong") throw errors.validation({ otp: ["Kode sekali pakai salah."] });
      return r;
    });
}

async function findPersonRecords(db: Db, contact: ContactKey): Promise<PersonalRecord[]> {
  const all: PersonalRecord[] = [];
  for (const s of PERSONAL_DATA_SOURCES) all.push(...(await s.findByContact(db, contact)));
  return all;
}

export const personQuerySchema = z
  .object({
    email: z
      .string()
      .trim()
      .max(254)
      .optional()
      .transform((v) => v || undefined),
    phone: z
      .string()
      .trim()
      .max(32)
      .optional()
      .transform((v) => v || undefined),
  })
  .refine((v) => normalizeContact(v).email || normalizeContact(v).phone, {
    message: "Isi email atau nomor telepon orang yang dicari.",
    path: ["email"],
  });

function parsePerson(input: unknown): ContactKey {
  const p = personQuerySchema.safeParse(input);
  if (!p.success) throw errors.validation(fieldErrorsOf(p.error));
  return p.data;
}

/** A hash of the contact for audit entries, which never hold the contact itself. */
function subjectHash(c: ContactKey): string {
  const n = normalizeContact(c);
  return keyedHash(`${n.email ?? ""}|${n.phone ?? ""}`, "privacy");
}

/** Staff: every record holding this person's contact (for an export or to answer a request). */
export async function findPerson(actor: Actor | null, input: unknown, tx: Db = db): Promise<PersonalRecord[]> {
  const me = await requirePermission(actor, "privacy.manage", tx);
  const contact = parsePerson(input);
  const records = await findPersonRecords(tx, contact);
  await writeAudit(
    {
      actor: me,
      action: "privacy.person.search",
      entityType: "person",
      entityId: subjectHash(contact),
      detail: { records: records.length },
    },
    tx,
  );
  return records;
}

export const correctionSchema = z.object({
  name: z
    .string()
    .trim()
    .max(120)
    .optional()
    .transform((v) => v || undefined),
  newEmail: z
    .union([z.literal(""), z.email("Email baru tidak valid.")])
    .optional()
    .transform((v) => v || undefined),
  newPhone: z
    .string()
    .trim()
    .max(32)
    .optional()
    .transform((v) => v || undefined)
    .refine((v) => !v || /^\+?[\d\s-]{8,20}$/.test(v), "Nomor telepon baru tidak valid."),
});

/** Staff: correct a person's name and/or contact on every record, in one transaction. */
export async function correctPerson(actor: Actor | null, who: unknown, input: unknown, tx: Db = db): Promise<number> {
  const me = await requirePermission(actor, "privacy.manage", tx);
  const contact = parsePerson(who);
  const p = correctionSchema.safeParse(input);
  if (!p.success) throw errors.validation(fieldErrorsOf(p.error));
  const next = { name: p.data.name, email: p.data.newEmail, phone: p.data.newPhone };
  if (!next.name && !next.email && !next.phone)
    throw errors.validation({ name: ["Isi setidaknya satu data yang dikoreksi."] });
  return tx.transaction(async (tx) => {
    let n = 0;
    for (const s of PERSONAL_DATA_SOURCES) n += await s.correct(tx, contact, next);
    if (n === 0) throw errors.notFound("Data orang ini");
    await writeAudit(
      {
        actor: me,
        action: "privacy.person.correct",
        entityType: "person",
        entityId: subjectHash(contact),
        detail: { records: n, fields: Object.keys(next).filter((k) => next[k as keyof typeof next]) },
      },
      tx,
    );
    return n;
  });
}

/**
 * Staff: erase a person. Their name and contact are removed from every record and from the outbox;
 * the records themselves (public content, status, statistics) stay.
 */
export async function erasePerson(actor: Actor | null, who: unknown, tx: Db = db): Promise<number> {
  const me = await requirePermission(actor, "privacy.manage", tx);
  const contact = parsePerson(who);
  return tx.transaction(async (tx) => {
    // Every contact of every matched record: found by e-mail, the phone they gave with it goes too.
    const trace = await tracePerson(contact, tx);
    const keys: ContactKey[] = [
      ...[...trace.emails].map((email) => ({ email })),
      ...[...trace.phones].map((phone) => ({ phone })),
    ];
    let n = 0;
    for (const s of PERSONAL_DATA_SOURCES) for (const k of keys) n += await s.erase(tx, k);
    if (n === 0) throw errors.notFound("Data orang ini");
    await eraseTraces(trace, tx);
    await writeAudit(
      {
        actor: me,
        action: "privacy.person.erase",
        entityType: "person",
        entityId: subjectHash(contact),
        detail: { records: n },
      },
      tx,
    );
    return n;
  });
}

export interface RetentionReport {
  ranAt: string;
  sources: { source: string; label: string; days: number; cutoff: string; anonymised: number }[];
  expiredRequests: number;
}

/** Retention periods in days per source, from the environment (RETENTION_*_DAYS) or the defaults. */
export function retentionDays(source: { retentionDaysEnv: string; retentionDaysDefault: number }): number {
  // lib/env.ts validates every RETENTION_*_DAYS variable it knows (a bad value stops the start).
  const n = (env() as Record<string, unknown>)[source.retentionDaysEnv];
  return typeof n === "number" && Number.isInteger(n) && n >= 0 ? n : source.retentionDaysDefault;
}

/**
 * The retention job: anonymise the contacts of closed records older than each source's period, drop
 * spent data-request codes, and report what it did (also into the audit log).
 */
export async function runRetention(now = new Date(), tx: Db = db): Promise<RetentionReport> {
  return tx.transaction(async (tx) => {
    const report: RetentionReport = { ranAt: now.toISOString(), sources: [], expiredRequests: 0 };
    for (const s of PERSONAL_DATA_SOURCES) {
      const days = retentionDays(s);
      const cutoff = new Date(now.getTime() - days * 86_400_000);
      const anonymised = await s.retention(tx, cutoff);
      report.sources.push({ source: s.name, label: s.label, days, cutoff: cutoff.toISOString(), anonymised });
    }
    const gone = await tx
      .delete(privacyRequests)
      .where(lt(privacyRequests.expiresAt, new Date(now.getTime() - 86_400_000)))
      .returning({ id: privacyRequests.id });
    report.expiredRequests = gone.length;
    await writeAudit(
      {
        actor: null,
        action: "privacy.retention.run",
        entityType: "retention",
        entityId: report.ranAt,
        detail: { ...report },
      },
      tx,
    );
    return report;
  });
}

/** The last retention runs, newest first (from the audit log). */
export async function recentRetentionRuns(actor: Actor | null, limit = 5, tx: Db = db): Promise<RetentionReport[]> {
  await requirePermission(actor, "privacy.manage", tx);
  const rows = await tx
    .select({ detail: auditLog.detail })
    .from(auditLog)
    .where(eq(auditLog.action, "privacy.retention.run"))
    .orderBy(desc(auditLog.id))
    .limit(limit);
  return rows.map((r) => r.detail as unknown as RetentionReport);
}
