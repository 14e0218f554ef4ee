import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { writeAudit } from "@/lib/audit/service";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { komisi, meetingTypeMembers, meetingTypes, users } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { errors } from "@/lib/errors";
import { meetingTypeSchema } from "./schema";
import { isIntId, parseInput } from "@/lib/validation";

/** The standard meeting types of a DPRD (UU 23/2014; Tatib DPRD): body, default nature and quorum. */
export const DEFAULT_MEETING_TYPES = [
  { name: "Rapat Paripurna", bodyKind: "semua", defaultNature: "terbuka", komisi: null },
  { name: "Rapat Komisi I", bodyKind: "komisi", defaultNature: "terbuka", komisi: "Komisi I" },
  { name: "Rapat Komisi II", bodyKind: "komisi", defaultNature: "terbuka", komisi: "Komisi II" },
  { name: "Rapat Komisi III", bodyKind: "komisi", defaultNature: "terbuka", komisi: "Komisi III" },
  { name: "Rapat Komisi IV", bodyKind: "komisi", defaultNature: "terbuka", komisi: "Komisi IV" },
  { name: "Rapat Gabungan Komisi", bodyKind: "gabungan_komisi", defaultNature: "terbuka", komisi: null },
  { name: "Rapat Badan Anggaran", bodyKind: "daftar", defaultNature: "tertutup", komisi: null },
  { name: "Rapat Badan Musyawarah", bodyKind: "daftar", defaultNature: "tertutup", komisi: null },
  { name: "Rapat Bapemperda", bodyKind: "daftar", defaultNature: "terbuka", komisi: null },
  { name: "Rapat Badan Kehormatan", bodyKind: "daftar", defaultNature: "tertutup", komisi: null },
  { name: "Rapat Panitia Khusus", bodyKind: "daftar", defaultNature: "terbuka", komisi: null },
  { name: "Rapat Dengar Pendapat (RDP/RDPU)", bodyKind: "gabungan_komisi", defaultNature: "terbuka", komisi: null },
  { name: "Rapat Pimpinan", bodyKind: "pimpinan", defaultNature: "tertutup", komisi: null },
] as const;

/** Add the standard meeting types that are missing (idempotent; an admin's edits are kept). */
export async function ensureDefaultMeetingTypes(tx: Db = db): Promise<void> {
  const komisiRows = await tx.select({ id: komisi.id, name: komisi.name }).from(komisi);
  await tx
    .insert(meetingTypes)
    .values(
      DEFAULT_MEETING_TYPES.map((t, i) => ({
        name: t.name,
        bodyKind: t.bodyKind,
        komisiId: t.komisi ? (komisiRows.find((k) => k.name === t.komisi)?.id ?? null) : null,
        defaultNature: t.defaultNature,
        defaultQuorumRule: "lebih_setengah" as const,
        sortOrder: i,
      })),
    )
    .onConflictDoNothing();
}

/** All meeting types with their member counts for list bodies (admin). */
export async function listMeetingTypes(actor: Actor | null, tx: Db = db) {
  await requirePermission(actor, "meetingTypes.manage", tx);
  const types = await tx
    .select({ type: meetingTypes, komisi: komisi.name })
    .from(meetingTypes)
    .leftJoin(komisi, eq(komisi.id, meetingTypes.komisiId))
    .orderBy(asc(meetingTypes.sortOrder), asc(meetingTypes.name));
  const members = await tx
    .select({ typeId: meetingTypeMembers.meetingTypeId, userId: meetingTypeMembers.userId })
    .from(meetingTypeMembers);
  return types.map((t) => ({
    ...t.type,
    komisiName: t.komisi,
    listMembers: members.filter((m) => m.typeId === t.type.id).length,
  }));
}

/** One meeting type with its member list (admin edit page). */
export async function getMeetingType(actor: Actor | null, id: number, tx: Db = db) {
  await requirePermission(actor, "meetingTypes.manage", tx);
  const [type] = isIntId(id) ? await tx.select().from(meetingTypes).where(eq(meetingTypes.id, id)) : [];
  if (!type) throw errors.notFound("Jenis rapat");
  const members = await tx
    .select({ userId: meetingTypeMembers.userId })
    .from(meetingTypeMembers)
    .where(eq(meetingTypeMembers.meetingTypeId, id));
  return { ...type, memberIds: members.map((m) => m.userId) };
}

async function saveType(db: Db, me: Actor, id: number | null, input: unknown): Promise<number> {
  const data = parseInput(meetingTypeSchema, input);
  const memberIds = z
    .array(z.uuid())
    .max(100)
    .catch([])
    .parse((input as { memberIds?: unknown })?.memberIds ?? []);
  if (data.komisiId) {
    const [k] = await db.select({ id: komisi.id }).from(komisi).where(eq(komisi.id, data.komisiId));
    if (!k) throw errors.validation({ komisiId: ["Komisi tidak dikenal."] });
  }
  return db.transaction(async (tx) => {
    const dupe = await tx.select({ id: meetingTypes.id }).from(meetingTypes).where(eq(meetingTypes.name, data.name));
    if (dupe.some((d) => d.id !== id)) throw errors.validation({ name: ["Nama jenis rapat sudah dipakai."] });
    const values = {
      name: data.name,
      bodyKind: data.bodyKind,
      komisiId: data.bodyKind === "komisi" ? data.komisiId! : null,
      defaultNature: data.defaultNature,
      defaultQuorumRule: data.defaultQuorumRule,
      correctionDays: data.correctionDays,
      correctionDayKind: data.correctionDayKind,
      isActive: data.isActive,
    };
    let typeId = id;
    if (typeId === null)
      [{ id: typeId }] = await tx.insert(meetingTypes).values(values).returning({ id: meetingTypes.id });
    else await tx.update(meetingTypes).set(values).where(eq(meetingTypes.id, typeId));
    await tx.delete(meetingTypeMembers).where(eq(meetingTypeMembers.meetingTypeId, typeId));
    if (data.bodyKind === "daftar" && memberIds.length) {
      const valid = await tx
        .select({ id: users.id })
        .from(users)
        .where(and(inArray(users.id, memberIds), eq(users.role, "member")));
      if (valid.length)
        await tx.insert(meetingTypeMembers).values(valid.map((u) => ({ meetingTypeId: typeId!, userId: u.id })));
    }
    await writeAudit(
      {
        actor: me,
        action: id === null ? "meetingType.create" : "meetingType.update",
        entityType: "meeting_type",
        entityId: typeId,
        detail: { name: data.name, members: memberIds.length },
      },
      tx,
    );
    return typeId;
  });
}

/** Create a meeting type (admin). Existing meetings keep their attendance snapshot. */
export async function createMeetingType(actor: Actor | null, input: unknown, tx: Db = db): Promise<number> {
  const me = await requirePermission(actor, "meetingTypes.manage", tx);
  return saveType(tx, me, null, input);
}

/** Edit a meeting type and, for list bodies, its members (admin). */
export async function updateMeetingType(actor: Actor | null, id: number, input: unknown, tx: Db = db): Promise<void> {
  const me = await requirePermission(actor, "meetingTypes.manage", tx);
  await getMeetingType(me, id, tx);
  await saveType(tx, me, id, input);
}

/** Restore the standard types an admin may have deleted or never had (production has no demo seed). */
export async function restoreDefaultMeetingTypes(actor: Actor | null, tx: Db = db): Promise<void> {
  const me = await requirePermission(actor, "meetingTypes.manage", tx);
  await ensureDefaultMeetingTypes(tx);
  await writeAudit({ actor: me, action: "meetingType.restoreDefaults", entityType: "meeting_type" }, tx);
}
