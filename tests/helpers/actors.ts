import { sql } from "drizzle-orm";
import { loadActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { users } from "@/lib/db/schema";

/** Demo accounts seeded into every test database (see lib/seed/demo-users.ts). */
export const DEMO = {
  admin: "admin@sidilan.test",
  staff: "staf.umum@sidilan.test",
  staff2: "staf.persidangan@sidilan.test",
  ketua: "ketua@sidilan.test",
  memberDapil1: "anggota.dapil1@sidilan.test",
  memberDapil2: "anggota.dapil2@sidilan.test",
} as const;

/** Load a seeded account as an Actor. */
export async function actorFor(email: string): Promise<Actor> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
  if (!rows[0]) throw new Error(`no user ${email}`);
  const actor = await loadActor(rows[0].id);
  if (!actor) throw new Error(`inactive user ${email}`);
  return actor;
}
