import "server-only";
import { and, asc, eq, ilike, or, sql } from "drizzle-orm";
import { writeAudit } from "@/lib/audit/service";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { classificationCodes, letterCounters, letterRegisters } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { errors } from "@/lib/errors";
import { diffFields, todayWita } from "@/lib/letters/input-checks";
import { likePattern } from "../incoming";
import { classificationSchema, newClassificationSchema, newRegisterSchema, registerSettingsSchema } from "../schema";
import { isIntId, parseInput } from "@/lib/validation";

/** Registers with their number format and this year's last running number (settings page). */
export async function listRegisters(actor: Actor | null, tx: Db = db) {
  await requirePermission(actor, "letter.settings.manage", tx);
  const year = Number(todayWita().slice(0, 4));
  return tx
    .select({
      id: letterRegisters.id,
      code: letterRegisters.code,
      name: letterRegisters.name,
      direction: letterRegisters.direction,
      numberFormat: letterRegisters.numberFormat,
      numberWidth: letterRegisters.numberWidth,
      unitCode: letterRegisters.unitCode,
      isActive: letterRegisters.isActive,
      lastThisYear: sql<number>`coalesce(${letterCounters.last}, 0)`,
    })
    .from(letterRegisters)
    .leftJoin(letterCounters, and(eq(letterCounters.registerId, letterRegisters.id), eq(letterCounters.year, year)))
    .orderBy(asc(letterRegisters.id));
}

const SETTINGS = ["name", "numberFormat", "numberWidth", "unitCode", "isActive"] as const;

/**
 * Change a register's number format, running-number width, unit code or name. Numbers already
 * issued keep their text; the running number continues (a format change never restarts it).
 */
export async function updateRegister(actor: Actor | null, id: number, input: unknown, tx: Db = db): Promise<void> {
  const me = await requirePermission(actor, "letter.settings.manage", tx);
  const data = parseInput(registerSettingsSchema, input);
  await tx.transaction(async (tx) => {
    const [before] = isIntId(id)
      ? await tx.select().from(letterRegisters).where(eq(letterRegisters.id, id)).for("update")
      : [];
    if (!before) throw errors.notFound("Register");
    const changes = diffFields(before, data, [...SETTINGS]);
    if (Object.keys(changes).length === 0) return;
    await tx
      .update(letterRegisters)
      .set({ ...data, updatedAt: new Date(), updatedBy: me.id })
      .where(eq(letterRegisters.id, id));
    await writeAudit(
      { actor: me, action: "letter.register.update", entityType: "letter_register", entityId: id, detail: { changes } },
      tx,
    );
  });
}

/** Add a register (e.g. a separate outgoing register for the leadership). */
export async function createRegister(actor: Actor | null, input: unknown, tx: Db = db): Promise<number> {
  const me = await requirePermission(actor, "letter.settings.manage", tx);
  const data = parseInput(newRegisterSchema, input);
  return tx.transaction(async (tx) => {
    const [exists] = await tx
      .select({ id: letterRegisters.id })
      .from(letterRegisters)
      .where(eq(letterRegisters.code, data.code));
    if (exists) throw errors.validation({ code: ["Kode register sudah dipakai."] });
    const [row] = await tx
      .insert(letterRegisters)
      .values({ ...data, updatedBy: me.id })
      .returning({ id: letterRegisters.id });
    await writeAudit(
      {
        actor: me,
        action: "letter.register.create",
        entityType: "letter_register",
        entityId: row.id,
        detail: { code: data.code, direction: data.direction, numberFormat: data.numberFormat },
      },
      tx,
    );
    return row.id;
  });
}

/** Active codes for the picker (382 rows: small enough to search in the browser). */
export async function classificationOptions(
  actor: Actor | null,
  tx: Db = db,
): Promise<{ code: string; title: string }[]> {
  await requirePermission(actor, "reference.read", tx);
  return tx
    .select({ code: classificationCodes.code, title: classificationCodes.title })
    .from(classificationCodes)
    .where(eq(classificationCodes.isActive, true))
    .orderBy(asc(classificationCodes.code));
}

/** Admin list of codes with search by code or title. */
export async function listClassification(actor: Actor | null, opts: { q?: string; page?: number } = {}, tx: Db = db) {
  await requirePermission(actor, "reference.manage", tx);
  const page = Math.max(1, opts.page ?? 1);
  const pageSize = 50;
  const q = opts.q?.trim().slice(0, 100);
  const where = q
    ? or(
        ilike(classificationCodes.code, `${q.replace(/[\\%_]/g, "")}%`),
        ilike(classificationCodes.title, likePattern(q)),
      )
    : undefined;
  const items = await tx
    .select()
    .from(classificationCodes)
    .where(where)
    .orderBy(sql`string_to_array(${classificationCodes.code}, '.')::int[]`)
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [{ total }] = await tx
    .select({ total: sql<number>`count(*)::int` })
    .from(classificationCodes)
    .where(where);
  return { items, total, page, pageSize };
}

/** Add a code; its parent is the code without the last part and must exist. */
export async function createClassification(actor: Actor | null, input: unknown, tx: Db = db): Promise<string> {
  const me = await requirePermission(actor, "reference.manage", tx);
  const data = parseInput(newClassificationSchema, input);
  const parts = data.code.split(".");
  const parentCode = parts.length > 1 ? parts.slice(0, -1).join(".") : null;
  return tx.transaction(async (tx) => {
    const [dup] = await tx
      .select({ code: classificationCodes.code })
      .from(classificationCodes)
      .where(eq(classificationCodes.code, data.code));
    if (dup) throw errors.validation({ code: [`Kode ${data.code} sudah ada. Ubah data kode itu di daftar.`] });
    if (parentCode) {
      const [parent] = await tx
        .select({ code: classificationCodes.code })
        .from(classificationCodes)
        .where(eq(classificationCodes.code, parentCode));
      if (!parent)
        throw errors.validation({
          code: [`Kode induk ${parentCode} belum ada. Tambahkan kode induknya terlebih dahulu.`],
        });
    }
    await tx.insert(classificationCodes).values({
      code: data.code,
      title: data.title,
      parentCode,
      level: parts.length,
      retentionActiveYears: data.retentionActiveYears ?? null,
      retentionInactiveYears: data.retentionInactiveYears ?? null,
      isActive: data.isActive,
    });
    await writeAudit(
      {
        actor: me,
        action: "classification.create",
        entityType: "classification_code",
        entityId: data.code,
        detail: { title: data.title },
      },
      tx,
    );
    return data.code;
  });
}

/** Correct a code's title, retention years or active flag (the code itself never changes). */
export async function updateClassification(
  actor: Actor | null,
  code: string,
  input: unknown,
  tx: Db = db,
): Promise<void> {
  const me = await requirePermission(actor, "reference.manage", tx);
  const data = parseInput(classificationSchema, input);
  await tx.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(classificationCodes)
      .where(eq(classificationCodes.code, code))
      .for("update");
    if (!before) throw errors.notFound("Kode klasifikasi");
    const next = {
      title: data.title,
      retentionActiveYears: data.retentionActiveYears ?? null,
      retentionInactiveYears: data.retentionInactiveYears ?? null,
      isActive: data.isActive,
    };
    const changes = diffFields(before, next, ["title", "retentionActiveYears", "retentionInactiveYears", "isActive"]);
    if (Object.keys(changes).length === 0) return;
    await tx.update(classificationCodes).set(next).where(eq(classificationCodes.code, code));
    await writeAudit(
      {
        actor: me,
        action: "classification.update",
        entityType: "classification_code",
        entityId: code,
        detail: { changes },
      },
      tx,
    );
  });
}
