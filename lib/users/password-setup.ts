import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { writeAudit } from "@/lib/audit/service";
import { hashPassword, PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/password";
import { revokeUserSessions } from "@/lib/auth/sessions";
import { passwordSetupTokens, users } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { env } from "@/lib/env";
import { errors } from "@/lib/errors";
import { hitRateLimit } from "@/lib/rate-limit/service";
import { keyedHash, randomToken, sha256Hex } from "@/lib/security/hash";
import { createUserSchema } from "./schema";
import { insertUser } from "./service";
import { parseInput } from "@/lib/validation";

/** How long a set-password link stays valid. */
export const SETUP_TOKEN_TTL_HOURS = 72;
/** Token attempts per IP address per window on the public set-password page. */
export const SETUP_MAX_PER_IP = 20;
export const SETUP_WINDOW_SECONDS = 15 * 60;

export const setPasswordSchema = z
  .object({
    token: z
      .string({ error: "Tautan tidak lengkap." })
      .trim()
      .min(1, "Tautan tidak lengkap.")
      .max(200, "Tautan tidak dikenal."),
    password: z
      .string({ error: "Kata sandi wajib diisi." })
      .min(PASSWORD_MIN, `Kata sandi minimal ${PASSWORD_MIN} karakter.`)
      .max(PASSWORD_MAX, `Kata sandi maksimal ${PASSWORD_MAX} karakter.`),
    confirm: z.string({ error: "Ulangi kata sandi." }).min(1, "Ulangi kata sandi."),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "Kata sandi dan ulangannya tidak sama." });

/** Create a one-time token for a user inside the caller's transaction; older unused links of the user stop working. */
export async function issuePasswordSetupToken(
  userId: string,
  ttlHours = SETUP_TOKEN_TTL_HOURS,
  tx: Db = db,
): Promise<string> {
  const token = randomToken(32);
  await tx
    .update(passwordSetupTokens)
    .set({ expiresAt: sql`least(${passwordSetupTokens.expiresAt}, now())` })
    .where(and(eq(passwordSetupTokens.userId, userId), isNull(passwordSetupTokens.usedAt)));
  await tx
    .insert(passwordSetupTokens)
    .values({ userId, tokenHash: sha256Hex(token), expiresAt: sql`now() + make_interval(hours => ${ttlHours})` });
  return token;
}

/** The public link that carries a token. */
export function passwordSetupLink(token: string): string {
  return `${env().APP_URL.replace(/\/+$/, "")}/masuk/atur-sandi?token=${encodeURIComponent(token)}`;
}

export type TokenState = { status: "valid"; name: string; email: string } | { status: "unknown" | "used" | "expired" };

export const TOKEN_MESSAGES: Record<Exclude<TokenState["status"], "valid">, string> = {
  unknown:
    "Tautan ini tidak dikenal. Periksa kembali tautan dari email Anda atau minta tautan baru kepada admin Sekretariat.",
  used: "Tautan ini sudah dipakai. Silakan masuk dengan kata sandi Anda, atau minta tautan baru kepada admin Sekretariat.",
  expired: `Tautan ini sudah kedaluwarsa (berlaku ${SETUP_TOKEN_TTL_HOURS} jam). Minta tautan baru kepada admin Sekretariat.`,
};

async function lookup(db: Db, token: string) {
  if (!token || token.length > 200) return undefined;
  const rows = await db
    .select({
      id: passwordSetupTokens.id,
      userId: users.id,
      name: users.name,
      email: users.email,
      isActive: users.isActive,
      usedAt: passwordSetupTokens.usedAt,
      expired: sql<boolean>`${passwordSetupTokens.expiresAt} <= now()`,
    })
    .from(passwordSetupTokens)
    .innerJoin(users, eq(users.id, passwordSetupTokens.userId))
    .where(eq(passwordSetupTokens.tokenHash, sha256Hex(token)));
  return rows[0];
}

function stateOf(row: Awaited<ReturnType<typeof lookup>>): TokenState {
  if (!row || !row.isActive) return { status: "unknown" };
  if (row.usedAt) return { status: "used" };
  if (row.expired) return { status: "expired" };
  return { status: "valid", name: row.name, email: row.email };
}

/** What the set-password page shows for a token (no rate-limit hit: reading does not change anything). */
export async function checkPasswordSetupToken(token: string, tx: Db = db): Promise<TokenState> {
  return stateOf(await lookup(tx, token));
}

/**
 * Use a token: set the user's password, end their sessions, mark the token used, audit. The token
 * is claimed with a conditional update, so two concurrent submissions cannot both succeed.
 */
export async function setPasswordWithToken(input: unknown, ip: string | null, tx: Db = db): Promise<{ email: string }> {
  const ipHash = ip ? keyedHash(ip) : null;
  const limit = await hitRateLimit(`pwsetup:ip:${ipHash ?? "unknown"}`, SETUP_MAX_PER_IP, SETUP_WINDOW_SECONDS, tx);
  if (!limit.allowed) {
    await writeAudit(
      {
        actorLabel: "anonim",
        action: "user.passwordSetup",
        outcome: "failure",
        ipHash,
        detail: { reason: "rate_limited" },
      },
      tx,
    );
    throw errors.rateLimited(limit.retryAfter, "Terlalu banyak percobaan. Silakan coba lagi beberapa menit lagi.");
  }
  const data = parseInput(setPasswordSchema, input);
  const row = await lookup(tx, data.token);
  const state = stateOf(row);
  if (state.status !== "valid" || !row) {
    await writeAudit(
      {
        actorLabel: "anonim",
        action: "user.passwordSetup",
        outcome: "failure",
        entityType: row ? "user" : undefined,
        entityId: row?.userId,
        ipHash,
        detail: { reason: state.status },
      },
      tx,
    );
    throw errors.validation(
      { token: [TOKEN_MESSAGES[state.status as keyof typeof TOKEN_MESSAGES]] },
      TOKEN_MESSAGES[state.status as keyof typeof TOKEN_MESSAGES],
    );
  }
  const passwordHash = await hashPassword(data.password);
  await tx.transaction(async (tx) => {
    const claimed = await tx
      .update(passwordSetupTokens)
      .set({ usedAt: new Date() })
      .where(
        and(
          eq(passwordSetupTokens.id, row.id),
          isNull(passwordSetupTokens.usedAt),
          sql`${passwordSetupTokens.expiresAt} > now()`,
        ),
      )
      .returning({ id: passwordSetupTokens.id });
    if (claimed.length === 0) throw errors.validation({ token: [TOKEN_MESSAGES.used] }, TOKEN_MESSAGES.used);
    await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
      .where(eq(users.id, row.userId));
    await revokeUserSessions(row.userId, undefined, tx);
    await writeAudit(
      { actorLabel: row.email, action: "user.passwordSetup", entityType: "user", entityId: row.userId, ipHash },
      tx,
    );
  });
  return { email: row.email };
}

/** A password nobody knows, for accounts that get a set-password link instead. */
export function unusablePassword(): string {
  return `unset-${randomToken(32)}`;
}

/**
 * Create an account from the operator's terminal (npm run user:create). Shell access to the server
 * is the authority here, so no session is needed: it is how the first administrator comes to exist.
 * With a password, the account can log in at once; without, a one-time link is returned.
 */
export async function createUserFromTerminal(
  input: Record<string, unknown>,
  opts: { password?: string; operator?: string },
  tx: Db = db,
): Promise<{ id: string; link?: string }> {
  const data = parseInput(createUserSchema, { ...input, password: opts.password ?? unusablePassword() });
  const passwordHash = await hashPassword(data.password);
  return tx.transaction(async (tx) => {
    const id = await insertUser(
      data,
      passwordHash,
      { actorLabel: `terminal${opts.operator ? ` (${opts.operator})` : ""}`, via: "cli" },
      tx,
    );
    if (opts.password) return { id };
    return { id, link: passwordSetupLink(await issuePasswordSetupToken(id, undefined, tx)) };
  });
}
