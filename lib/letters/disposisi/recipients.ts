import "server-only";
import { and, asc, eq, inArray, isNotNull, ne } from "drizzle-orm";
import { komisi, users } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { errors } from "@/lib/errors";
import type { RecipientOption } from "./recipient-groups";

export { RECIPIENT_GROUP_LABELS, type RecipientGroup, type RecipientOption } from "./recipient-groups";

const PIMPINAN = /^(ketua|wakil ketua) dprd/i;

/** Everyone a disposition can go to: pimpinan, komisi (as a body), units, staff and members. */
export async function recipientOptions(tx: Db = db): Promise<RecipientOption[]> {
  const [people, komisiRows] = await Promise.all([
    tx
      .select({
        id: users.id,
        name: users.name,
        role: users.role,
        position: users.position,
        unit: users.unit,
        komisi: komisi.name,
      })
      .from(users)
      .leftJoin(komisi, eq(komisi.id, users.komisiId))
      .where(eq(users.isActive, true))
      .orderBy(asc(users.name)),
    tx
      .select({ id: komisi.id, name: komisi.name, field: komisi.field })
      .from(komisi)
      .where(eq(komisi.isActive, true))
      .orderBy(asc(komisi.id)),
  ]);
  const out: RecipientOption[] = [];
  for (const p of people.filter((p) => p.role === "member" && PIMPINAN.test(p.position ?? "")))
    out.push({ key: `user:${p.id}`, label: `${p.position} — ${p.name}`, group: "pimpinan" });
  for (const k of komisiRows)
    out.push({
      key: `komisi:${k.id}`,
      label: k.name,
      group: "komisi",
      hint: `${k.field} (satu cabang untuk seluruh anggota komisi)`,
    });
  const units = [...new Set(people.filter((p) => p.role !== "member" && p.unit).map((p) => p.unit!))].sort();
  for (const u of units)
    out.push({ key: `unit:${u}`, label: u, group: "unit", hint: "satu cabang untuk seluruh staf unit ini" });
  for (const p of people.filter((p) => p.role !== "member"))
    out.push({
      key: `user:${p.id}`,
      label: p.name,
      group: "staf",
      hint: [p.position, p.unit].filter(Boolean).join(", "),
    });
  for (const p of people.filter((p) => p.role === "member" && !PIMPINAN.test(p.position ?? "")))
    out.push({ key: `user:${p.id}`, label: p.name, group: "anggota", hint: p.komisi ?? undefined });
  return out;
}

export interface Person {
  id: string;
  name: string;
  email: string;
  role: "member" | "staff" | "admin";
}

/** A recipient key checked against the database, with the people who act for it. */
export interface ResolvedRecipient {
  key: string;
  kind: "user" | "unit" | "komisi";
  userId: string | null;
  unit: string | null;
  komisiId: number | null;
  label: string;
  people: Person[];
}

const personColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  position: users.position,
};

/** Resolve recipient keys; an unknown or inactive one is a field error on its row. */
export async function resolveRecipients(keys: string[], tx: Db = db): Promise<ResolvedRecipient[]> {
  const out: ResolvedRecipient[] = [];
  const fieldErrors: Record<string, string[]> = {};
  for (const [i, key] of keys.entries()) {
    const [kind, ...rest] = key.split(":");
    const value = rest.join(":");
    let r: ResolvedRecipient | null = null;
    if (kind === "user") {
      const [p] = await tx
        .select(personColumns)
        .from(users)
        .where(and(eq(users.id, value), eq(users.isActive, true)));
      if (p)
        r = {
          key,
          kind,
          userId: p.id,
          unit: null,
          komisiId: null,
          label: p.position ? `${p.name} (${p.position})` : p.name,
          people: [p],
        };
    } else if (kind === "unit") {
      const people = await tx
        .select(personColumns)
        .from(users)
        .where(and(eq(users.unit, value), eq(users.isActive, true), ne(users.role, "member"), isNotNull(users.unit)));
      if (people.length) r = { key, kind, userId: null, unit: value, komisiId: null, label: value, people };
    } else if (kind === "komisi" && /^\d+$/.test(value)) {
      const [k] = await tx
        .select({ id: komisi.id, name: komisi.name })
        .from(komisi)
        .where(and(eq(komisi.id, Number(value)), eq(komisi.isActive, true)));
      if (k) {
        const people = await tx
          .select(personColumns)
          .from(users)
          .where(and(eq(users.komisiId, k.id), eq(users.isActive, true), inArray(users.role, ["member"])));
        r = { key, kind, userId: null, unit: null, komisiId: k.id, label: k.name, people };
      }
    }
    if (r) out.push(r);
    else fieldErrors[`recipients.${i}.key`] = ["Penerima tidak ditemukan atau tidak aktif."];
  }
  if (Object.keys(fieldErrors).length) throw errors.validation(fieldErrors, "Periksa kembali penerima disposisi.");
  return out;
}
