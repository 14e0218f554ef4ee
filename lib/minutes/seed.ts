import "server-only";
import { and, asc, eq, inArray, isNotNull } from "drizzle-orm";
import { loadActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/auth/roles";
import {
  meetingAgendaItems,
  meetingAttendance,
  meetingGuests,
  meetings,
  meetingTypeMembers,
  meetingTypes,
  users,
} from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { loadScope } from "./access";
import { saveDraft } from "./drafts";
import { ensureDefaultMeetingTypes } from "./meeting-types";
import { createMeeting, recordAttendance } from "./meetings";
import { bodyMemberIds, PIMPINAN_POSITIONS } from "./bodies";
import { DEMO_MEETINGS, demoContent, type DemoMeeting } from "./seed-data";
import { applySignature } from "./signing";
import { approveMinutes, publishMinutes, submitForReview } from "./workflow-transitions";

async function actorByEmail(db: Db, email: string): Promise<Actor> {
  const [u] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  const actor = u ? await loadActor(u.id, undefined, undefined, db) : null;
  if (!actor) throw new Error(`akun demo ${email} tidak ada`);
  return actor;
}

/** Plausible demo memberships of the list bodies (Banggar, Bamus, Bapemperda, BK, pansus), once. */
async function seedListBodies(db: Db) {
  const members = await db
    .select({ id: users.id, position: users.position })
    .from(users)
    .where(and(eq(users.role, "member"), eq(users.isActive, true)))
    .orderBy(asc(users.email));
  const pimpinan = members.filter((m) => PIMPINAN_POSITIONS.includes(m.position ?? "")).map((m) => m.id);
  const others = members.filter((m) => !PIMPINAN_POSITIONS.includes(m.position ?? "")).map((m) => m.id);
  const every = (n: number, from = 0) => others.filter((_, i) => i % n === from);
  const bodies: Record<string, string[]> = {
    "Rapat Badan Anggaran": [...pimpinan, ...every(2)],
    "Rapat Badan Musyawarah": [...pimpinan, ...every(4, 1)],
    "Rapat Bapemperda": every(5, 2),
    "Rapat Badan Kehormatan": every(9, 3),
    "Rapat Panitia Khusus": every(4, 3),
  };
  const types = await db
    .select({ id: meetingTypes.id, name: meetingTypes.name })
    .from(meetingTypes)
    .where(inArray(meetingTypes.name, Object.keys(bodies)));
  const filled = new Set(
    (await db.selectDistinct({ id: meetingTypeMembers.meetingTypeId }).from(meetingTypeMembers)).map((r) => r.id),
  );
  for (const t of types) {
    if (filled.has(t.id) || !bodies[t.name].length) continue;
    await db
      .insert(meetingTypeMembers)
      .values(bodies[t.name].map((userId) => ({ meetingTypeId: t.id, userId })))
      .onConflictDoNothing();
  }
}

async function firstBodyMember(db: Db, typeId: number): Promise<Actor> {
  const [id] = await bodyMemberIds(typeId, db);
  const actor = id ? await loadActor(id, undefined, undefined, db) : null;
  if (!actor) throw new Error("badan rapat demo tanpa anggota");
  return actor;
}

async function createDemoMeeting(db: Db, staff: Actor, d: DemoMeeting): Promise<string> {
  const [type] = await db.select({ id: meetingTypes.id }).from(meetingTypes).where(eq(meetingTypes.name, d.type));
  const chair = d.chair === "badan" ? await firstBodyMember(db, type.id) : await actorByEmail(db, d.chair);
  const secretary = await actorByEmail(db, d.secretary);
  const id = await createMeeting(
    staff,
    { ...d.meeting, typeId: type.id, chairId: chair.id, secretaryId: secretary.id },
    { demoKey: d.key },
    db,
  );
  const body = await db
    .select({ userId: meetingAttendance.userId })
    .from(meetingAttendance)
    .where(eq(meetingAttendance.meetingId, id));
  if (d.present !== undefined) {
    const rest = ["izin", "sakit", "dinas_luar", "alpa"] as const;
    await recordAttendance(
      staff,
      id,
      body.map((b, i) =>
        i < d.present!
          ? { userId: b.userId, status: "hadir" as const, arrivedAt: `09:${String(i % 30).padStart(2, "0")}` }
          : { userId: b.userId, status: rest[i % 4], arrivedAt: "" },
      ),
      db,
    );
  }
  if (d.stage === "kosong") return id;
  const agenda = await db
    .select({ id: meetingAgendaItems.id })
    .from(meetingAgendaItems)
    .where(eq(meetingAgendaItems.meetingId, id))
    .orderBy(asc(meetingAgendaItems.position));
  const guests = await db
    .select({ id: meetingGuests.id })
    .from(meetingGuests)
    .where(eq(meetingGuests.meetingId, id))
    .orderBy(asc(meetingGuests.position));
  const present = await db
    .select({ userId: meetingAttendance.userId })
    .from(meetingAttendance)
    .where(and(eq(meetingAttendance.meetingId, id), eq(meetingAttendance.status, "hadir")));
  const speakers = [...present.slice(0, 6).map((p) => `m:${p.userId}`), ...guests.map((g) => `g:${g.id}`)];
  await saveDraft(
    staff,
    id,
    {
      revision: 0,
      content: demoContent(
        d,
        agenda.map((a) => a.id),
        speakers.length ? speakers : [`m:${chair.id}`],
      ),
    },
    db,
  );
  if (d.stage === "draf") return id;
  await submitForReview(staff, id, db);
  if (d.stage === "ditinjau") return id;
  // Demo minutes are approved at once: the early approval carries its recorded reason, as the rule asks.
  await approveMinutes(
    chair,
    id,
    { earlyReason: "Data demo: risalah contoh disetujui tanpa menunggu masa koreksi anggota." },
    undefined,
    db,
  );
  for (const signer of [chair, secretary])
    await db.transaction(async (tx) =>
      applySignature(await loadScope(signer, id, { forUpdate: true }, tx), signer, undefined, tx),
    );
  if (d.stage === "terbit") await publishMinutes(staff, id, db);
  return id;
}

/**
 * Demo meetings: one per main body, one open plenary with published signed minutes (download, QR,
 * verify on the first run) and one closed Banggar meeting with signed minutes that stay private.
 * Idempotent and cheap after the first run: one query finds which demo meetings exist.
 */
export async function seedMinutesDemo(tx: Db = db): Promise<void> {
  await ensureDefaultMeetingTypes(tx);
  await seedListBodies(tx);
  const existing = new Set(
    (
      await tx
        .select({ key: meetings.demoKey })
        .from(meetings)
        .where(
          and(
            isNotNull(meetings.demoKey),
            inArray(
              meetings.demoKey,
              DEMO_MEETINGS.map((m) => m.key),
            ),
          ),
        )
    ).map((r) => r.key),
  );
  const missing = DEMO_MEETINGS.filter((m) => !existing.has(m.key));
  if (missing.length === 0) return;
  const staff = await actorByEmail(tx, "staf.persidangan@sidilan.test");
  for (const d of missing) await createDemoMeeting(tx, staff, d);
}
