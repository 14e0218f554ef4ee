import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { writeAudit } from "@/lib/audit/service";
import { users } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { errors } from "@/lib/errors";
import { requirePermission } from "./guard";
import { hashPassword, PASSWORD_MAX, PASSWORD_MIN, verifyPassword } from "./password";
import type { Actor } from "./roles";
import { listLiveSessions, revokeUserSessions } from "./sessions";
import { adminTwoFactorRequired, beginTotpEnrollment, confirmTotpEnrollment, disableTotp } from "./totp";
import { fieldErrorsOf } from "@/lib/validation";

export const changePasswordSchema = z
  .object({
    current: z
      .string({ error: "Kata sandi saat ini wajib diisi." })
      .min(1, "Kata sandi saat ini wajib diisi.")
      .max(PASSWORD_MAX),
    password: z
      .string({ error: "Kata sandi baru wajib diisi." })
      .min(PASSWORD_MIN, `Kata sandi baru minimal ${PASSWORD_MIN} karakter.`)
      .max(PASSWORD_MAX, `Kata sandi maksimal ${PASSWORD_MAX} karakter.`),
    confirm: z.string({ error: "Ulangi kata sandi baru." }),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "Kata sandi baru dan ulangannya tidak sama." })
  .refine((v) => v.password !== v.current, {
    path: ["password"],
    message: "Kata sandi baru harus berbeda dari yang lama.",
  });

async function checkOwnPassword(db: Db, actor: Actor, password: string, field: string) {
  const [row] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, actor.id));
  if (!row || !(await verifyPassword(row.hash, password)))
    throw errors.validation({ [field]: ["Kata sandi tidak cocok."] });
}

/** Confirming a new authenticator: the 6 digits it shows (spaces allowed). */
export const confirmTotpSchema = z.object({
  code: z
    .string({ error: "Masukkan 6 angka dari aplikasi autentikator." })
    .refine((v) => /^\d{6}$/.test(v.replace(/\s/g, "")), "Masukkan 6 angka dari aplikasi autentikator."),
});

/** Turning the second step off needs the account's password. */
export const disableTotpSchema = z.object({
  password: z.string({ error: "Kata sandi tidak cocok." }).min(1, "Kata sandi tidak cocok."),
});

/** The account page: second-factor state and live sessions. */
export async function accountOverview(actor: Actor | null, tx: Db = db) {
  const me = await requirePermission(actor, "account.self", tx);
  return {
    totpEnabled: me.totpEnabled,
    mustEnableTotp: me.role === "admin" && !me.totpEnabled && adminTwoFactorRequired(),
    sessions: await listLiveSessions(me.id, tx),
    currentSessionId: me.sessionId,
  };
}

/** Change one's own password; every other session of the user ends. */
export async function changeOwnPassword(actor: Actor | null, input: unknown, tx: Db = db): Promise<number> {
  const me = await requirePermission(actor, "account.self", tx);
  const parsed = changePasswordSchema.safeParse(input);
  if (!parsed.success) throw errors.validation(fieldErrorsOf(parsed.error));
  await checkOwnPassword(tx, me, parsed.data.current, "current");
  const passwordHash = await hashPassword(parsed.data.password);
  return tx.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, me.id));
    const ended = await revokeUserSessions(me.id, me.sessionId, tx);
    await writeAudit(
      {
        actor: me,
        action: "account.changePassword",
        entityType: "user",
        entityId: me.id,
        detail: { endedSessions: ended },
      },
      tx,
    );
    return ended;
  });
}

/** Begin TOTP set-up: returns the QR code and the key to type in by hand. */
export async function startTotp(actor: Actor | null, tx: Db = db) {
  const me = await requirePermission(actor, "account.self", tx);
  if (me.totpEnabled)
    throw errors.conflict("Verifikasi dua langkah sudah aktif. Matikan dulu untuk mengganti perangkat.");
  const r = await beginTotpEnrollment(me, tx);
  await writeAudit({ actor: me, action: "account.totp.begin", entityType: "user", entityId: me.id }, tx);
  return { secret: r.secret, qrDataUrl: r.qrDataUrl };
}

/** Confirm TOTP with a first code; returns the recovery codes, shown once. */
export async function confirmTotp(actor: Actor | null, code: unknown, tx: Db = db): Promise<string[]> {
  const me = await requirePermission(actor, "account.self", tx);
  const c = typeof code === "string" ? code.replace(/\s/g, "") : "";
  if (!/^\d{6}$/.test(c)) throw errors.validation({ code: ["Masukkan 6 angka dari aplikasi autentikator."] });
  const codes = await confirmTotpEnrollment(me.id, c, tx);
  if (!codes) throw errors.validation({ code: ["Kode tidak cocok. Periksa jam ponsel Anda dan coba kode yang baru."] });
  await writeAudit({ actor: me, action: "account.totp.enable", entityType: "user", entityId: me.id }, tx);
  return codes;
}

/** Turn TOTP off (password required); refused for admins when REQUIRE_ADMIN_2FA is on. */
export async function turnOffTotp(actor: Actor | null, password: unknown, tx: Db = db): Promise<void> {
  const me = await requirePermission(actor, "account.self", tx);
  if (me.role === "admin" && adminTwoFactorRequired())
    throw errors.badRequest("Verifikasi dua langkah wajib untuk administrator dan tidak dapat dimatikan.");
  await checkOwnPassword(tx, me, typeof password === "string" ? password.slice(0, PASSWORD_MAX) : "", "password");
  await disableTotp(me.id, tx);
  await writeAudit({ actor: me, action: "account.totp.disable", entityType: "user", entityId: me.id }, tx);
}

/** End every session of the user except this one. */
export async function endOtherSessions(actor: Actor | null, tx: Db = db): Promise<number> {
  const me = await requirePermission(actor, "account.self", tx);
  const n = await revokeUserSessions(me.id, me.sessionId, tx);
  await writeAudit(
    { actor: me, action: "account.endOtherSessions", entityType: "user", entityId: me.id, detail: { ended: n } },
    tx,
  );
  return n;
}
