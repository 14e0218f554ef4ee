import "server-only";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { writeAudit } from "@/lib/audit/service";
import { users } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, errors } from "@/lib/errors";
import { hitRateLimit, resetRateLimit } from "@/lib/rate-limit/service";
import { keyedHash } from "@/lib/security/hash";
import { verifyDummy, verifyPassword } from "./password";
import { createSession } from "./sessions";
import { verifySecondFactor } from "./totp";
import type { AccountRole } from "./roles";

export const loginSchema = z.object({
  email: z
    .string({ error: "Email wajib diisi." })
    .trim()
    .min(1, "Email wajib diisi.")
    .max(254, "Email terlalu panjang (maksimal 254 karakter).")
    .pipe(z.email("Format email tidak valid.")),
  password: z
    .string({ error: "Kata sandi wajib diisi." })
    .min(1, "Kata sandi wajib diisi.")
    .max(200, "Kata sandi terlalu panjang (maksimal 200 karakter)."),
  /** TOTP code or recovery code, only for accounts with two-step verification. */
  otp: z
    .string()
    .trim()
    .max(20, "Kode verifikasi terlalu panjang.")
    .optional()
    .transform((v) => v || undefined),
});

export type LoginInput = { email: string; password: string; otp?: string };

export interface LoginUser {
  id: string;
  name: string;
  email: string;
  role: AccountRole;
  sessionVersion: number;
  /** The server-side session created for this login. */
  sessionId: string;
}

/** Thrown when the password is right but the account needs its second factor. */
export class SecondFactorError extends AppError {
  constructor(readonly reason: "otp_required" | "otp_invalid") {
    super(
      "unauthorized",
      reason === "otp_required" ? "Masukkan kode verifikasi dua langkah." : "Kode verifikasi salah atau sudah dipakai.",
    );
  }
}

/**
 * Check a login: rate limits per account and per IP (in the database), argon2 verification, and an
 * audit entry for every success and failure. Returns the user, or null for wrong credentials.
 * Throws AppError("rate_limited") when a limit is exceeded.
 */
export async function verifyLogin(
  input: LoginInput,
  ip: string | null,
  userAgent?: string | null,
  tx: Db = db,
): Promise<LoginUser | null> {
  const e = env();
  const email = input.email.trim().toLowerCase();
  const ipHash = ip ? keyedHash(ip) : null;
  const accountKey = `login:acct:${keyedHash(email)}`;
  const ipKey = ipHash ? `login:ip:${ipHash}` : null;

  const acct = await hitRateLimit(accountKey, e.LOGIN_MAX_PER_ACCOUNT, e.LOGIN_WINDOW_SECONDS, tx);
  const byIp = ipKey ? await hitRateLimit(ipKey, e.LOGIN_MAX_PER_IP, e.LOGIN_WINDOW_SECONDS, tx) : null;
  if (!acct.allowed || (byIp && !byIp.allowed)) {
    await writeAudit(
      { actorLabel: email, action: "auth.login", outcome: "failure", ipHash, detail: { reason: "rate_limited" } },
      tx,
    );
    throw errors.rateLimited(Math.max(acct.allowed ? 0 : acct.retryAfter, byIp && !byIp.allowed ? byIp.retryAfter : 0));
  }

  const rows = await tx
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      isActive: users.isActive,
      passwordHash: users.passwordHash,
      sessionVersion: users.sessionVersion,
      totpEnabledAt: users.totpEnabledAt,
    })
    .from(users)
    .where(sql`lower(${users.email}) = ${email}`)
    .limit(1);
  const user = rows[0];
  if (!user) {
    await verifyDummy(input.password);
    await writeAudit(
      { actorLabel: email, action: "auth.login", outcome: "failure", ipHash, detail: { reason: "unknown_account" } },
      tx,
    );
    return null;
  }
  const ok = await verifyPassword(user.passwordHash, input.password);
  if (!ok || !user.isActive) {
    await writeAudit(
      {
        actorLabel: email,
        action: "auth.login",
        outcome: "failure",
        entityType: "user",
        entityId: user.id,
        ipHash,
        detail: { reason: ok ? "inactive" : "wrong_password" },
      },
      tx,
    );
    return null;
  }
  if (user.totpEnabledAt) {
    const reason = !input.otp
      ? "otp_required"
      : (await verifySecondFactor(user.id, input.otp, tx))
        ? null
        : "otp_invalid";
    if (reason) {
      await writeAudit(
        {
          actorLabel: email,
          action: "auth.login",
          outcome: "failure",
          entityType: "user",
          entityId: user.id,
          ipHash,
          detail: { reason },
        },
        tx,
      );
      throw new SecondFactorError(reason);
    }
  }
  await resetRateLimit(accountKey, tx);
  const sessionId = await createSession(user.id, { ipHash, userAgent }, tx);
  await tx.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, user.id));
  await writeAudit(
    {
      actor: { id: user.id, name: user.name, role: user.role },
      action: "auth.login",
      entityType: "user",
      entityId: user.id,
      ipHash,
    },
    tx,
  );
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    sessionVersion: user.sessionVersion,
    sessionId,
  };
}
