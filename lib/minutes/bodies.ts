import "server-only";
import { and, asc, eq, inArray, isNotNull } from "drizzle-orm";
import { meetingTypeMembers, meetingTypes, users } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import type { MeetingBodyKind } from "./constants";

/** Positions that make up the pimpinan DPRD. */
export const PIMPINAN_POSITIONS = ["Ketua DPRD", "Wakil Ketua DPRD"];

export const BODY_KIND_LABELS: Record<MeetingBodyKind, string> = {
  semua: "Seluruh anggota DPRD",
  pimpinan: "Pimpinan DPRD",
  komisi: "Anggota satu komisi",
  gabungan_komisi: "Anggota seluruh komisi",
  daftar: "Daftar anggota yang diatur admin",
};

/**
 * The active members of a meeting type's body, by name. Committee meetings count that body's
 * members (UU 23/2014 art. 183): all members, the pimpinan, one komisi, all komisi, or a list.
 */
export async function bodyMemberIds(typeId: number, tx: Db = db): Promise<string[]> {
  const [type] = await tx.select().from(meetingTypes).where(eq(meetingTypes.id, typeId));
  if (!type) return [];
  const member = and(eq(users.role, "member"), eq(users.isActive, true));
  if (type.bodyKind === "daftar") {
    const rows = await tx
      .select({ id: users.id })
      .from(meetingTypeMembers)
      .innerJoin(users, eq(users.id, meetingTypeMembers.userId))
      .where(and(eq(meetingTypeMembers.meetingTypeId, typeId), member))
      .orderBy(asc(users.name));
    return rows.map((r) => r.id);
  }
  const where =
    type.bodyKind === "semua"
      ? member
      : type.bodyKind === "pimpinan"
        ? and(member, inArray(users.position, PIMPINAN_POSITIONS))
        : type.bodyKind === "komisi"
          ? and(member, eq(users.komisiId, type.komisiId ?? -1))
          : and(member, isNotNull(users.komisiId));
  const rows = await tx.select({ id: users.id }).from(users).where(where).orderBy(asc(users.name));
  return rows.map((r) => r.id);
}
