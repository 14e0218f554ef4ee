import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { generateSecret, generateURI, verify } from "otplib";
import QRCode from "qrcode";
import { userRecoveryCodes, users } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { decryptString, encryptString } from "@/lib/security/crypto";
import { sha256Hex } from "@/lib/security/hash";
import { CODE_ALPHABET } from "@/lib/tracking/code";
import { randomInt } from "node:crypto";
import { env } from "@/lib/env";

const PURPOSE = "totp-secret";
export const TOTP_ISSUER = "Si Dilan DPRD Balikpapan";

/** Start (or restart) enrolment: store a new, not yet enabled secret; return what the app scans. */
export async function beginTotpEnrollment(user: { id: string; email: string }, tx: Db = db) {
  const secret = generateSecret();
  await tx
    .update(users)
    .set({ totpSecretEnc: encryptString(secret, PURPOSE), totpEnabledAt: null, totpLastStep: null })
    .where(eq(users.id, user.id));
  const uri = generateURI({ issuer: TOTP_ISSUER, label: user.email, secret });
  return { secret, uri, qrDataUrl: await QRCode.toDataURL(uri, { margin: 1, width: 220 }) };
}

/** Check a 6-digit code against the stored secret, refusing a code from an already used time step. */
export async function checkTotp(userId: string, code: string, tx: Db = db): Promise<boolean> {
  if (!/^\d{6}$/.test(code)) return false;
  const [row] = await tx
    .select({ enc: users.totpSecretEnc, last: users.totpLastStep })
    .from(users)
    .where(eq(users.id, userId));
  if (!row?.enc) return false;
  const secret = decryptString(row.enc, PURPOSE);
  const result = await verify({
    secret,
    token: code,
    epochTolerance: 30,
    ...(row.last != null ? { afterTimeStep: row.last } : {}),
  }).catch(() => ({ valid: false as const }));
  if (!result.valid) return false;
  // The functional API's result type is a union with HOTP's; the TOTP result carries timeStep/epoch.
  const r = result as { timeStep?: number; epoch?: number };
  const step = r.timeStep ?? Math.floor((r.epoch ?? Date.now() / 1000) / 30);
  await tx.update(users).set({ totpLastStep: step }).where(eq(users.id, userId));
  return true;
}

function newRecoveryCode(): string {
  let s = "";
  for (let i = 0; i < 10; i++) s += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return `${s.slice(0, 5)}-${s.slice(5)}`;
}

/** Confirm enrolment with a first code; enables TOTP and returns 10 one-time recovery codes (shown once). */
export async function confirmTotpEnrollment(userId: string, code: string, tx: Db = db): Promise<string[] | null> {
  if (!(await checkTotp(userId, code, tx))) return null;
  const codes = Array.from({ length: 10 }, newRecoveryCode);
  await tx.transaction(async (tx) => {
    await tx.update(users).set({ totpEnabledAt: new Date() }).where(eq(users.id, userId));
    await tx.delete(userRecoveryCodes).where(eq(userRecoveryCodes.userId, userId));
    await tx.insert(userRecoveryCodes).values(codes.map((c) => ({ userId, codeHash: sha256Hex(c) })));
  });
  return codes;
}

/** Use a recovery code once. */
export async function redeemRecoveryCode(userId: string, code: string, tx: Db = db): Promise<boolean> {
  const normalized = code.toUpperCase().replace(/[^A-Z0-9]/g, "");
  if (normalized.length !== 10) return false;
  const hash = sha256Hex(`${normalized.slice(0, 5)}-${normalized.slice(5)}`);
  const rows = await tx
    .update(userRecoveryCodes)
    .set({ usedAt: new Date() })
    .where(
      and(eq(userRecoveryCodes.userId, userId), eq(userRecoveryCodes.codeHash, hash), isNull(userRecoveryCodes.usedAt)),
    )
    .returning({ id: userRecoveryCodes.id });
  return rows.length === 1;
}

/** Second factor at login: a current TOTP code or an unused recovery code. */
export async function verifySecondFactor(userId: string, code: string, tx: Db = db): Promise<boolean> {
  const c = code.trim();
  return /^\d{6}$/.test(c) ? checkTotp(userId, c, tx) : redeemRecoveryCode(userId, c, tx);
}

/** Turn TOTP off and drop the recovery codes. */
export async function disableTotp(userId: string, tx: Db = db): Promise<void> {
  await tx.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ totpSecretEnc: null, totpEnabledAt: null, totpLastStep: null })
      .where(eq(users.id, userId));
    await tx.delete(userRecoveryCodes).where(eq(userRecoveryCodes.userId, userId));
  });
}

/** Whether admins must have a second factor before doing anything else. */
export function adminTwoFactorRequired(): boolean {
  return env().REQUIRE_ADMIN_2FA;
}
