import type { Db } from "@/lib/db/types";
import { errors } from "@/lib/errors";
import { hitRateLimit } from "@/lib/rate-limit/service";
import { keyedHash, safeEqual } from "@/lib/security/hash";

/** Name of the hidden field people never fill (bots do). */
export const HONEYPOT_FIELD = "website";
/** Name of the signed form-start time field. */
export const STARTED_FIELD = "_mulai";
export const MIN_FILL_MS = 3000;
const SUBMISSIONS_PER_HOUR = 10;

/** A signed "form shown at" value for the form (server side, when the page renders). */
export function formStartToken(now = Date.now()): string {
  return `${now}.${keyedHash(String(now), "pokir-form")}`;
}

/**
 * Anti-spam for the public form: the honeypot is empty, the form was shown at least a few seconds
 * ago (signed time, so it cannot be forged), and the IP (hashed) stays under the hourly limit.
 */
export async function checkPublicSubmission(db: Db, fields: { honeypot?: unknown; started?: unknown }, ip: string | null, now = Date.now()) {
  if (typeof fields.honeypot === "string" && fields.honeypot.trim() !== "") throw errors.badRequest("Pengiriman ditolak oleh pemeriksaan anti-spam.");
  const [ts, sig] = String(fields.started ?? "").split(".");
  const started = Number(ts);
  if (!ts || !sig || !Number.isFinite(started) || !safeEqual(sig, keyedHash(ts, "pokir-form"))) throw errors.badRequest("Formulir tidak sah atau kedaluwarsa. Muat ulang halaman lalu kirim kembali.");
  if (now - started < MIN_FILL_MS) throw errors.badRequest("Formulir terkirim terlalu cepat. Periksa isian Anda lalu kirim kembali.");
  await checkIpRate(db, ip);
}

/** The per-IP (hashed) hourly submission limit, shared by the form and the API. */
export async function checkIpRate(db: Db, ip: string | null) {
  const rl = await hitRateLimit(db, `pokir-submit:${keyedHash(ip ?? "unknown")}`, SUBMISSIONS_PER_HOUR, 3600);
  if (!rl.allowed) throw errors.rateLimited(rl.retryAfter, "Terlalu banyak usulan dari jaringan Anda. Coba lagi dalam satu jam.");
}
