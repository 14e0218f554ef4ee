import "server-only";
import { and, asc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { writeAudit } from "@/lib/audit/service";
import { requirePermission } from "@/lib/auth/guard";
import { hashPassword } from "@/lib/auth/password";
import { revokeUserSessions } from "@/lib/auth/sessions";
import type { Actor } from "@/lib/auth/roles";
import { dapil, fraksi, komisi, users } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { errors } from "@/lib/errors";
import { createUserSchema, resetPasswordSchema, updateUserSchema, type CreateUserInput } from "./schema";
import { parseInput } from "@/lib/validation";

export interface UserListItem {
  id: string;
  name: string;
  email: string;
  role: "member" | "staff" | "admin";
  isActive: boolean;
  position: string | null;
  dapil: string | null;
  komisi: string | null;
  fraksi: string | null;
}

const listColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  isActive: users.isActive,
  position: users.position,
  dapil: dapil.name,
  komisi: komisi.name,
  fraksi: fraksi.name,
};

/** The member's own dapil, komisi and fraksi names. */
export async function memberProfile(actor: Actor, tx: Db = db) {
  const rows = await tx
    .select({ position: users.position, dapil: dapil.name, komisi: komisi.name, fraksi: fraksi.name })
    .from(users)
    .leftJoin(dapil, eq(dapil.id, users.dapilId))
    .leftJoin(komisi, eq(komisi.id, users.komisiId))
    .leftJoin(fraksi, eq(fraksi.id, users.fraksiId))
    .where(eq(users.id, actor.id));
  return rows[0] ?? { position: null, dapil: null, komisi: null, fraksi: null };
}

/** Admin list of accounts with search, role filter and pagination. */
export async function listUsers(
  actor: Actor | null,
  opts: { q?: string; role?: string; page?: number; pageSize?: number } = {},
  tx: Db = db,
) {
  await requirePermission(actor, "users.read", tx);
  const pageSize = Math.min(100, Math.max(1, opts.pageSize ?? 25));
  const page = Math.max(1, Math.floor(opts.page ?? 1));
  const conds: SQL[] = [];
  const q = opts.q?.trim().slice(0, 100);
  if (q) {
    const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conds.push(or(ilike(users.name, pattern), ilike(users.email, pattern))!);
  }
  if (opts.role === "member" || opts.role === "staff" || opts.role === "admin") conds.push(eq(users.role, opts.role));
  const where = conds.length ? and(...conds) : undefined;
  const items: UserListItem[] = await tx
    .select(listColumns)
    .from(users)
    .leftJoin(dapil, eq(dapil.id, users.dapilId))
    .leftJoin(komisi, eq(komisi.id, users.komisiId))
    .leftJoin(fraksi, eq(fraksi.id, users.fraksiId))
    .where(where)
    .orderBy(asc(users.role), asc(users.name))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [{ total }] = await tx
    .select({ total: sql<number>`count(*)::int` })
    .from(users)
    .where(where);
  return { items, total, page, pageSize };
}

/** One account for the admin edit form. */
export async function getUser(actor: Actor | null, id: string, tx: Db = db) {
  await requirePermission(actor, "users.read", tx);
  if (!z.uuid().safeParse(id).success) throw errors.notFound("Pengguna");
  const rows = await tx
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      isActive: users.isActive,
      position: users.position,
      unit: users.unit,
      nip: users.nip,
      nik: users.nik,
      phone: users.phone,
      dapilId: users.dapilId,
      komisiId: users.komisiId,
      fraksiId: users.fraksiId,
      lastLoginAt: users.lastLoginAt,
    })
    .from(users)
    .where(eq(users.id, id));
  if (!rows[0]) throw errors.notFound("Pengguna");
  return rows[0];
}

async function assertEmailFree(db: Db, email: string, exceptId?: string) {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
  if (rows.some((r) => r.id !== exceptId)) throw errors.validation({ email: ["Email sudah dipakai akun lain."] });
}

function memberAttributes(input: { role: string; dapilId?: number; komisiId?: number; fraksiId?: number }) {
  const isMember = input.role === "member";
  return {
    dapilId: isMember ? (input.dapilId ?? null) : null,
    komisiId: isMember ? (input.komisiId ?? null) : null,
    fraksiId: isMember ? (input.fraksiId ?? null) : null,
  };
}

/** Create an account (admin). */
export async function createUser(actor: Actor | null, input: unknown, tx: Db = db): Promise<string> {
  const me = await requirePermission(actor, "users.manage", tx);
  const data = parseInput(createUserSchema, input);
  const passwordHash = await hashPassword(data.password);
  return tx.transaction((tx) => insertUser(data, passwordHash, { actor: me }, tx));
}

/**
 * Insert a validated account and its audit entry inside the caller's transaction. Shared by the
 * admin form, the operator CLI (npm run user:create) and the CSV import.
 */
export async function insertUser(
  data: Omit<CreateUserInput, "password">,
  passwordHash: string,
  by: { actor?: Actor; actorLabel?: string; via?: string },
  tx: Db = db,
): Promise<string> {
  {
    await assertEmailFree(tx, data.email);
    const [row] = await tx
      .insert(users)
      .values({
        email: data.email,
        name: data.name,
        role: data.role,
        passwordHash,
        position: data.position ?? null,
        unit: data.unit ?? null,
        nip: data.nip ?? null,
        nik: data.nik ?? null,
        phone: data.phone ?? null,
        ...memberAttributes(data),
      })
      .returning({ id: users.id });
    await writeAudit(
      {
        actor: by.actor ?? null,
        actorLabel: by.actorLabel,
        action: "user.create",
        entityType: "user",
        entityId: row.id,
        detail: { email: data.email, role: data.role, ...(by.via ? { via: by.via } : {}) },
      },
      tx,
    );
    return row.id;
  }
}

/** Edit an account (admin). A role change takes effect at the user's next request. */
export async function updateUser(actor: Actor | null, id: string, input: unknown, tx: Db = db): Promise<void> {
  const me = await requirePermission(actor, "users.manage", tx);
  const data = parseInput(updateUserSchema, input);
  await getUser(me, id, tx);
  if (id === me.id && data.role !== "admin")
    throw errors.validation({ role: ["Anda tidak dapat menurunkan peran akun Anda sendiri."] });
  await tx.transaction(async (tx) => {
    await assertEmailFree(tx, data.email, id);
    await tx
      .update(users)
      .set({
        email: data.email,
        name: data.name,
        role: data.role,
        position: data.position ?? null,
        unit: data.unit ?? null,
        nip: data.nip ?? null,
        nik: data.nik ?? null,
        phone: data.phone ?? null,
        ...memberAttributes(data),
        updatedAt: new Date(),
      })
      .where(eq(users.id, id));
    await writeAudit(
      { actor: me, action: "user.update", entityType: "user", entityId: id, detail: { role: data.role } },
      tx,
    );
  });
}

/** Activate or deactivate an account; deactivation ends the user's sessions at their next request. */
export async function setUserActive(actor: Actor | null, id: string, active: boolean, tx: Db = db): Promise<void> {
  const me = await requirePermission(actor, "users.manage", tx);
  await getUser(me, id, tx);
  if (id === me.id && !active) throw errors.badRequest("Anda tidak dapat menonaktifkan akun Anda sendiri.");
  await tx.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ isActive: active, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
      .where(eq(users.id, id));
    if (!active) await revokeUserSessions(id, undefined, tx);
    await writeAudit(
      { actor: me, action: active ? "user.activate" : "user.deactivate", entityType: "user", entityId: id },
      tx,
    );
  });
}

/** Set a new password (admin reset); the user's existing sessions end. */
export async function resetUserPassword(actor: Actor | null, id: string, input: unknown, tx: Db = db): Promise<void> {
  const me = await requirePermission(actor, "users.manage", tx);
  const data = parseInput(resetPasswordSchema, input);
  await getUser(me, id, tx);
  const passwordHash = await hashPassword(data.password);
  await tx.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
      .where(eq(users.id, id));
    await revokeUserSessions(id, undefined, tx);
    await writeAudit({ actor: me, action: "user.resetPassword", entityType: "user", entityId: id }, tx);
  });
}

/** Options for the member fields of the user form. */
export async function memberOptions(tx: Db = db) {
  const [d, k, f] = await Promise.all([
    tx.select({ id: dapil.id, name: dapil.name }).from(dapil).orderBy(dapil.number),
    tx.select({ id: komisi.id, name: komisi.name }).from(komisi).where(eq(komisi.isActive, true)).orderBy(komisi.id),
    tx.select({ id: fraksi.id, name: fraksi.name }).from(fraksi).where(eq(fraksi.isActive, true)).orderBy(fraksi.id),
  ]);
  return { dapil: d, komisi: k, fraksi: f };
}
