import "server-only";
import { and, eq } from "drizzle-orm";
import { localDate } from "@/lib/calendar/working-days";
import { classificationCodes, letterRevisions, users } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { errors } from "@/lib/errors";

/** The classification code must exist and be active. */
export async function assertClassification(code: string, field = "classificationCode", tx: Db = db): Promise<void> {
  const rows = await tx
    .select({ code: classificationCodes.code })
    .from(classificationCodes)
    .where(and(eq(classificationCodes.code, code), eq(classificationCodes.isActive, true)));
  if (!rows[0])
    throw errors.validation({
      [field]: [`Kode klasifikasi ${code} tidak ada dalam daftar klasifikasi arsip. Pilih dari daftar.`],
    });
}

/** The addressee's account, when one is chosen, must be an active user. */
export async function assertActiveUser(id: string | undefined, field: string, tx: Db = db): Promise<void> {
  if (!id) return;
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, id), eq(users.isActive, true)));
  if (!rows[0]) throw errors.validation({ [field]: ["Akun tidak ditemukan atau tidak aktif."] });
}

/** The fields whose value changed, with before and after (dates and nulls compared as text). */
export function diffFields<T extends Record<string, unknown>>(
  before: T,
  after: Partial<T>,
  keys: (keyof T & string)[],
): Record<string, { from: unknown; to: unknown }> {
  const out: Record<string, { from: unknown; to: unknown }> = {};
  for (const k of keys) {
    const a = before[k] ?? null;
    const b = after[k] ?? null;
    if (String(a) !== String(b)) out[k] = { from: a, to: b };
  }
  return out;
}

/** Keep the history of a correction. */
export async function recordRevision(
  rev: {
    direction: "masuk" | "keluar";
    letterId: string;
    version: number;
    changedBy: string;
    reason: string;
    changes: Record<string, { from: unknown; to: unknown }>;
  },
  tx: Db = db,
): Promise<void> {
  await tx.insert(letterRevisions).values(rev);
}

/** Today's date in WITA (YYYY-MM-DD). */
export function todayWita(now: Date = new Date()): string {
  return localDate(now);
}
