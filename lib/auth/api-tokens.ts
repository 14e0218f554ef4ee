import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { writeAudit } from "@/lib/audit/service";
import { apiTokens, users } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { errors } from "@/lib/errors";
import { randomToken, sha256Hex } from "@/lib/security/hash";
import { actorColumns } from "./actor";
import { requirePermission } from "./guard";
import type { Actor } from "./roles";
import { fieldErrorsOf } from "@/lib/validation";

export const createTokenSchema = z.object({
  name: z.string().trim().min(3, "Nama token minimal 3 karakter.").max(80, "Nama token maksimal 80 karakter."),
  scope: z.enum(["read", "write"], { error: "Pilih cakupan token: baca atau tulis." }),
});

export interface ApiTokenDto {
  id: string;
  name: string;
  prefix: string;
  scope: "read" | "write";
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** Create a personal API token for the acting staff member. The secret is returned once, never stored. */
export async function createApiToken(
  actor: Actor | null,
  input: unknown,
  tx: Db = db,
): Promise<{ token: string; id: string }> {
  const me = await requirePermission(actor, "apiTokens.manage", tx);
  const parsed = createTokenSchema.safeParse(input);
  if (!parsed.success) throw errors.validation(fieldErrorsOf(parsed.error));
  const prefix = randomToken(6).replace(/[-_]/g, "x").slice(0, 8);
  const token = `sdl_${prefix}_${randomToken(24)}`;
  return tx.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({ userId: me.id, name: parsed.data.name, prefix, scope: parsed.data.scope, tokenHash: sha256Hex(token) })
      .returning({ id: apiTokens.id });
    await writeAudit(
      {
        actor: me,
        action: "apiToken.create",
        entityType: "api_token",
        entityId: row.id,
        detail: { scope: parsed.data.scope },
      },
      tx,
    );
    return { token, id: row.id };
  });
}

/** The acting user's tokens (never the secret). */
export async function listApiTokens(actor: Actor | null, tx: Db = db): Promise<ApiTokenDto[]> {
  const me = await requirePermission(actor, "apiTokens.manage", tx);
  return tx
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      prefix: apiTokens.prefix,
      scope: apiTokens.scope,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .where(eq(apiTokens.userId, me.id))
    .orderBy(desc(apiTokens.createdAt));
}

/** Revoke one of the acting user's tokens; someone else's token is "not found". */
export async function revokeApiToken(actor: Actor | null, tokenId: string, tx: Db = db): Promise<void> {
  const me = await requirePermission(actor, "apiTokens.manage", tx);
  if (!z.uuid().safeParse(tokenId).success) throw errors.notFound("Token");
  await tx.transaction(async (tx) => {
    const rows = await tx
      .update(apiTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.userId, me.id), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id });
    if (rows.length === 0) throw errors.notFound("Token");
    await writeAudit({ actor: me, action: "apiToken.revoke", entityType: "api_token", entityId: tokenId }, tx);
  });
}

/** Resolve a bearer token to its (active) owner, scoped to the token's read/write scope. */
export async function actorFromApiToken(token: string, tx: Db = db): Promise<Actor | null> {
  if (!/^sdl_[A-Za-z0-9]{8}_[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
  const rows = await tx
    .select({ ...actorColumns, tokenId: apiTokens.id, scope: apiTokens.scope, expiresAt: apiTokens.expiresAt })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, sha256Hex(token)), isNull(apiTokens.revokedAt), eq(users.isActive, true)))
    .limit(1);
  const row = rows[0];
  if (!row || (row.expiresAt && row.expiresAt < new Date())) return null;
  await tx.update(apiTokens).set({ lastUsedAt: new Date() }).where(eq(apiTokens.id, row.tokenId));
  const { tokenId: _t, scope, expiresAt: _e, ...actor } = row;
  return { ...actor, tokenScope: scope };
}
