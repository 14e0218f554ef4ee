import "server-only";
import { and, asc, eq, inArray, notInArray } from "drizzle-orm";
import { writeAudit } from "@/lib/audit/service";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import {
  meetingAgendaItems,
  meetingAttendance,
  meetingGuests,
  meetings,
  meetingTypes,
  minutes,
  users,
} from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { errors, type FieldErrors } from "@/lib/errors";
import { loadScope } from "./access";
import { bodyMemberIds } from "./bodies";
import { alignContent, emptyContent, parseStoredContent } from "./content";
import { attendanceSchema, meetingSchema, type MeetingData } from "./schema";
import { editGuard, type MinutesStatus } from "./workflow-rules";
import { parseInput } from "@/lib/validation";

async function checkPeople(db: Db, data: MeetingData) {
  const rows = await db
    .select({ id: users.id, role: users.role, isActive: users.isActive })
    .from(users)
    .where(inArray(users.id, [data.chairId, data.secretaryId]));
  const chair = rows.find((r) => r.id === data.chairId);
  const secretary = rows.find((r) => r.id === data.secretaryId);
  const fe: FieldErrors = {};
  if (!chair || chair.role !== "member" || !chair.isActive) fe.chairId = ["Ketua rapat harus anggota DPRD yang aktif."];
  if (!secretary || secretary.role === "member" || !secretary.isActive)
    fe.secretaryId = ["Sekretaris rapat harus staf Sekretariat yang aktif."];
  const [type] = await db
    .select({ id: meetingTypes.id, isActive: meetingTypes.isActive })
    .from(meetingTypes)
    .where(eq(meetingTypes.id, data.typeId));
  if (!type || !type.isActive) fe.typeId = ["Jenis rapat tidak dikenal atau tidak aktif."];
  if (Object.keys(fe).length) throw errors.validation(fe);
}

/** Keep attendance rows in step with the body: add new members, drop those no longer in it. */
async function syncAttendance(tx: Db, meetingId: string, memberIds: string[]) {
  await tx
    .delete(meetingAttendance)
    .where(and(eq(meetingAttendance.meetingId, meetingId), notInArray(meetingAttendance.userId, memberIds)));
  if (memberIds.length)
    await tx
      .insert(meetingAttendance)
      .values(memberIds.map((userId) => ({ meetingId, userId })))
      .onConflictDoNothing();
}

/** Replace agenda items and guests, keeping the ids of rows that stay (the draft refers to them). */
async function writeRows(tx: Db, meetingId: string, data: MeetingData): Promise<string[]> {
  const oldAgenda = await tx
    .select({ id: meetingAgendaItems.id })
    .from(meetingAgendaItems)
    .where(eq(meetingAgendaItems.meetingId, meetingId));
  const keepAgenda = new Set(oldAgenda.map((r) => r.id));
  const agendaIds: string[] = [];
  const keptAgenda = data.agenda.map((a) => a.id).filter((id): id is string => Boolean(id && keepAgenda.has(id)));
  await tx
    .delete(meetingAgendaItems)
    .where(and(eq(meetingAgendaItems.meetingId, meetingId), notInArray(meetingAgendaItems.id, keptAgenda)));
  for (const [position, a] of data.agenda.entries()) {
    if (a.id && keepAgenda.has(a.id)) {
      await tx.update(meetingAgendaItems).set({ position, title: a.title }).where(eq(meetingAgendaItems.id, a.id));
      agendaIds.push(a.id);
    } else {
      const [row] = await tx
        .insert(meetingAgendaItems)
        .values({ meetingId, position, title: a.title })
        .returning({ id: meetingAgendaItems.id });
      agendaIds.push(row.id);
    }
  }
  const oldGuests = new Set(
    (await tx.select({ id: meetingGuests.id }).from(meetingGuests).where(eq(meetingGuests.meetingId, meetingId))).map(
      (r) => r.id,
    ),
  );
  const kept = data.guests.map((g) => g.id).filter((id): id is string => Boolean(id && oldGuests.has(id)));
  await tx.delete(meetingGuests).where(and(eq(meetingGuests.meetingId, meetingId), notInArray(meetingGuests.id, kept)));
  for (const [position, g] of data.guests.entries()) {
    const values = { position, name: g.name, institution: g.institution, role: g.role ?? null };
    if (g.id && oldGuests.has(g.id)) await tx.update(meetingGuests).set(values).where(eq(meetingGuests.id, g.id));
    else await tx.insert(meetingGuests).values({ meetingId, ...values });
  }
  return agendaIds;
}

function meetingValues(data: MeetingData) {
  return {
    typeId: data.typeId,
    title: data.title,
    nature: data.nature,
    quorumRule: data.quorumRule,
    date: data.date,
    startTime: data.startTime,
    endTime: data.endTime || null,
    place: data.place,
    chairId: data.chairId,
    secretaryId: data.secretaryId,
  };
}

/** Create a meeting with agenda, guests, the body's attendance list and an empty draft of the minutes. */
export async function createMeeting(
  actor: Actor | null,
  input: unknown,
  opts: { demoKey?: string } = {},
  tx: Db = db,
): Promise<string> {
  const me = await requirePermission(actor, "meeting.manage", tx);
  const data = parseInput(meetingSchema, input);
  await checkPeople(tx, data);
  const memberIds = await bodyMemberIds(data.typeId, tx);
  return tx.transaction(async (tx) => {
    const [row] = await tx
      .insert(meetings)
      .values({ ...meetingValues(data), createdBy: me.id, demoKey: opts.demoKey ?? null })
      .returning({ id: meetings.id });
    const agendaIds = await writeRows(tx, row.id, data);
    await syncAttendance(tx, row.id, memberIds);
    await tx.insert(minutes).values({ meetingId: row.id, content: emptyContent(agendaIds, data.startTime) });
    await writeAudit(
      {
        actor: me,
        action: "meeting.create",
        entityType: "meeting",
        entityId: row.id,
        detail: { typeId: data.typeId, nature: data.nature },
      },
      tx,
    );
    return row.id;
  });
}

/** Edit a meeting while its minutes are still a draft; the attendance list follows a change of type. */
export async function updateMeeting(
  actor: Actor | null,
  meetingId: string,
  input: unknown,
  tx: Db = db,
): Promise<void> {
  const me = await requirePermission(actor, "meeting.manage", tx);
  const data = parseInput(meetingSchema, input);
  await checkPeople(tx, data);
  await tx.transaction(async (tx) => {
    const scope = await loadScope(me, meetingId, { forUpdate: true }, tx);
    const g = editGuard(scope.minutes.status as MinutesStatus);
    if (!g.ok) throw errors.conflict(`Data rapat tidak dapat diubah: ${g.reason}`);
    await tx
      .update(meetings)
      .set({ ...meetingValues(data), updatedAt: new Date() })
      .where(eq(meetings.id, meetingId));
    const agendaIds = await writeRows(tx, meetingId, data);
    if (scope.meeting.typeId !== data.typeId) await syncAttendance(tx, meetingId, await bodyMemberIds(data.typeId, tx));
    const content = alignContent(parseStoredContent(scope.minutes.content, agendaIds), agendaIds);
    await tx.update(minutes).set({ content, updatedAt: new Date() }).where(eq(minutes.id, scope.minutes.id));
    await writeAudit({ actor: me, action: "meeting.update", entityType: "meeting", entityId: meetingId }, tx);
  });
}

/** Record attendance (status and arrival time per body member); refused once the minutes are final. */
export async function recordAttendance(
  actor: Actor | null,
  meetingId: string,
  input: unknown,
  tx: Db = db,
): Promise<void> {
  const me = await requirePermission(actor, "meeting.manage", tx);
  const entries = parseInput(attendanceSchema, input);
  await tx.transaction(async (tx) => {
    const scope = await loadScope(me, meetingId, { forUpdate: true }, tx);
    const g = editGuard(scope.minutes.status as MinutesStatus);
    if (!g.ok) throw errors.conflict(`Daftar hadir tidak dapat diubah: ${g.reason}`);
    const body = new Set(
      (
        await tx
          .select({ userId: meetingAttendance.userId })
          .from(meetingAttendance)
          .where(eq(meetingAttendance.meetingId, meetingId))
      ).map((r) => r.userId),
    );
    const fe: FieldErrors = {};
    for (const e of entries) {
      if (!body.has(e.userId)) fe[e.userId] = ["Orang ini bukan anggota badan rapat."];
      else if (e.status !== "hadir" && e.arrivedAt) fe[e.userId] = ["Jam hadir hanya diisi untuk anggota yang hadir."];
    }
    if (Object.keys(fe).length) throw errors.validation(fe, "Daftar hadir memuat isian yang tidak valid.");
    const now = new Date();
    for (const e of entries) {
      await tx
        .update(meetingAttendance)
        .set({
          status: e.status || null,
          arrivedAt: e.status === "hadir" && e.arrivedAt ? e.arrivedAt : null,
          recordedBy: me.id,
          recordedAt: now,
        })
        .where(and(eq(meetingAttendance.meetingId, meetingId), eq(meetingAttendance.userId, e.userId)));
    }
    await writeAudit(
      {
        actor: me,
        action: "meeting.attendance",
        entityType: "meeting",
        entityId: meetingId,
        detail: { entries: entries.length },
      },
      tx,
    );
  });
}

/** Active meeting types for forms and filters. */
export async function listActiveTypes(tx: Db = db) {
  return tx
    .select({
      id: meetingTypes.id,
      name: meetingTypes.name,
      defaultNature: meetingTypes.defaultNature,
      defaultQuorumRule: meetingTypes.defaultQuorumRule,
    })
    .from(meetingTypes)
    .where(eq(meetingTypes.isActive, true))
    .orderBy(asc(meetingTypes.sortOrder), asc(meetingTypes.name));
}

/** Options for the chair (active members) and secretary (active staff) pickers. */
export async function peopleOptions(tx: Db = db) {
  const rows = await tx
    .select({ id: users.id, name: users.name, role: users.role, position: users.position })
    .from(users)
    .where(eq(users.isActive, true))
    .orderBy(asc(users.name));
  return {
    members: rows
      .filter((r) => r.role === "member")
      .map((r) => ({ id: r.id, name: r.position && r.position !== "Anggota" ? `${r.name} (${r.position})` : r.name })),
    staff: rows.filter((r) => r.role !== "member").map((r) => ({ id: r.id, name: r.name })),
  };
}
