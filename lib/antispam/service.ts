import "server-only";
import { createHmac } from "node:crypto";
import { db, type Db } from "@/lib/db";
import { AppError, errors } from "@/lib/errors";
import { hitAddressLimit, purgeExpiredRateLimits } from "@/lib/rate-limit/service";
import { safeEqual } from "@/lib/security/hash";
import { verifyChallenge, type ChallengeOutcome } from "./altcha";
import { antiSpamConfig, trackLimit } from "./config";
import { env } from "@/lib/env";

/** Name of the honeypot field: hidden from people (and from assistive technology), filled by bots. */
export const HONEYPOT_FIELD = "situs_web";
export const FORM_TOKEN_FIELD = "form_token";
export const ALTCHA_FIELD = "altcha";

function tokenKey(): string {
  return `form|${env().AUTH_SECRET || "si-dilan-development-form"}`;
}

/** A signed "form opened at" token, rendered into the form so the fill time cannot be forged. */
export function newFormToken(now = Date.now()): string {
  const ts = String(now);
  return `${ts}.${createHmac("sha256", tokenKey()).update(ts).digest("base64url").slice(0, 22)}`;
}

/** Seconds since the form was opened, or null when the token is missing or forged. */
export function formAgeSeconds(token: unknown, now = Date.now()): number | null {
  if (typeof token !== "string") return null;
  const [ts, sig] = token.split(".");
  if (!ts || !sig || !/^\d{10,16}$/.test(ts)) return null;
  const expected = createHmac("sha256", tokenKey()).update(ts).digest("base64url").slice(0, 22);
  if (!safeEqual(sig, expected)) return null;
  return (now - Number(ts)) / 1000;
}

const CHALLENGE_MESSAGES: Record<Exclude<ChallengeOutcome, "ok">, string> = {
  missing: 'Verifikasi anti-spam belum selesai. Tunggu tanda centang "Saya bukan robot", lalu kirim lagi.',
  invalid: "Verifikasi anti-spam tidak sah. Muat ulang halaman lalu coba lagi.",
  expired: 'Verifikasi anti-spam kedaluwarsa. Centang lagi "Saya bukan robot", lalu kirim.',
  replayed: 'Verifikasi anti-spam ini sudah dipakai. Centang lagi "Saya bukan robot", lalu kirim.',
};

/** Per-IP submission limit (hitAddressLimit: the IP only as a salted hash rotated daily, kept for the window only). */
export async function checkIpRateLimit(
  ip: string | null,
  scope = "aspiration",
  limits?: { limit: number; windowSeconds: number },
  tx: Db = db,
): Promise<void> {
  const cfg = antiSpamConfig();
  const limit = limits?.limit ?? cfg.rateLimit;
  if (!ip || limit === 0) return;
  // Expired windows (and the IP hashes in them) are removed now and then by whichever instance is
  // serving, so a hash lives no longer than its window plus a little.
  if (Math.random() < 0.02) await purgeExpiredRateLimits(tx).catch(() => 0);
  const r = await hitAddressLimit(scope, ip, limit, limits?.windowSeconds ?? cfg.rateWindowSeconds, tx);
  if (!r.allowed) {
    throw errors.rateLimited(
      r.retryAfter,
      `Terlalu banyak permintaan dari jaringan Anda. Silakan coba lagi dalam ${Math.max(1, Math.ceil(r.retryAfter / 60))} menit.`,
    );
  }
}

/**
 * The one limit on look-ups by code (the /lacak page, the tracking APIs, data requests, verification by
 * code): codes are unguessable, and this keeps anyone from enumerating them. All look-ups share one
 * window per address, so switching between them gains nothing. An unknown address shares one bucket.
 */
export async function checkLookupLimit(ip: string | null, tx: Db = db): Promise<void> {
  const limits = trackLimit();
  if (limits.limit === 0) return;
  await checkIpRateLimit(ip ?? "unknown", "lacak", limits, tx);
}

export interface AntiSpamInput {
  ip: string | null;
  fields: Record<string, unknown>;
  /** Web forms: honeypot and fill time; API callers skip these. */
  form: boolean;
  /** Whether the ALTCHA proof is needed (anonymous public callers). */
  challenge: boolean;
  /** Rate-limit key prefix, so each public form has its own windows ("aspiration", "pokir"). */
  scope?: string;
}

/**
 * All anti-spam checks of a public submission, cheapest first; each refusal is a 4xx with a clear
 * Indonesian message, and a person is never blocked for long (the window is minutes).
 */
export async function checkAntiSpam(input: AntiSpamInput, tx: Db = db): Promise<void> {
  const cfg = antiSpamConfig();
  const scope = input.scope ?? "aspiration";
  if (input.form) {
    const hp = input.fields[HONEYPOT_FIELD];
    if (typeof hp === "string" && hp.trim() !== "")
      throw errors.badRequest(
        "Kiriman ditolak oleh penyaring spam. Jika Anda bukan robot, kosongkan kolom tersembunyi lalu kirim lagi.",
      );
    const age = formAgeSeconds(input.fields[FORM_TOKEN_FIELD]);
    if (age === null)
      throw errors.badRequest("Formulir tidak lengkap atau kedaluwarsa. Muat ulang halaman lalu kirim lagi.");
    if (age < cfg.minFillSeconds)
      throw new AppError("rate_limited", `Formulir dikirim terlalu cepat. Tunggu beberapa detik lalu kirim lagi.`, {
        retryAfter: Math.ceil(cfg.minFillSeconds - age),
      });
  }
  const proof = input.fields[ALTCHA_FIELD];
  if (input.form && input.challenge && cfg.challenge && (proof === undefined || proof === null || proof === "")) {
    // A form posted without the proof: JavaScript is off (or not loaded yet), so the widget never
    // ran. Never refuse a person for that: the honeypot and signed fill time above still apply,
    // plus a stricter per-IP limit of its own.
    await checkIpRateLimit(input.ip, `${scope}-noscript`, { limit: cfg.noScriptRateLimit, windowSeconds: 3600 }, tx);
  } else if (input.challenge && cfg.challenge) {
    const outcome = await verifyChallenge(proof, tx);
    if (outcome !== "ok")
      throw errors.validation({ [ALTCHA_FIELD]: [CHALLENGE_MESSAGES[outcome]] }, CHALLENGE_MESSAGES[outcome]);
  }
  await checkIpRateLimit(input.ip, scope, undefined, tx);
}
