import fc from "fast-check";
import { and, eq, inArray, notInArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { meetingAttendance, meetings, minutes, minutesDocuments, users } from "@/lib/db/schema";
import { canSeeDocument, canSeeMeeting, documentVisibleTo, meetingVisibleTo } from "@/lib/minutes/policy";
import { actorFor, DEMO } from "../helpers/actors";
import { plenaryWithDraft } from "../helpers/minutes";
import "../setup/db";

let people: Actor[] = [];
const meetingIds: string[] = [];
const documentIds: string[] = [];
const N = 30;

// Meetings with generated nature, chair and attendance, each with one document of generated state;
// written once (fixed seed), then each run draws an actor.
beforeAll(async () => {
  const others = await db
    .select({ email: users.email })
    .from(users)
    .where(and(eq(users.isActive, true), notInArray(users.email, Object.values(DEMO))))
    .orderBy(users.email)
    .limit(3);
  people = await Promise.all(
    [DEMO.staff, DEMO.admin, DEMO.ketua, DEMO.memberDapil1, ...others.map((o) => o.email)].map((e) => actorFor(e)),
  );
  const [staff, , ketua] = people;
  const baseId = await plenaryWithDraft(staff, ketua, staff, { title: "Rapat Uji Kebijakan" });
  const [baseMeeting] = await db.select().from(meetings).where(eq(meetings.id, baseId));
  const [baseMinutes] = await db.select().from(minutes).where(eq(minutes.meetingId, baseId));
  const user = fc.constantFrom(...people.map((p) => p.id));
  const when = fc.option(fc.constant(new Date()));
  const generated = fc.sample(
    fc.record({
      nature: fc.constantFrom("terbuka" as const, "tertutup" as const),
      chairId: user,
      attendees: fc.uniqueArray(user, { maxLength: 3 }),
      publishedAt: when,
      completedAt: when,
    }),
    { numRuns: N, seed: 5 },
  );
  for (const [i, g] of generated.entries()) {
    const id = crypto.randomUUID();
    await db.insert(meetings).values({ ...baseMeeting, id, nature: g.nature, chairId: g.chairId });
    const minutesId = crypto.randomUUID();
    await db.insert(minutes).values({ ...baseMinutes, id: minutesId, meetingId: id });
    for (const userId of g.attendees) await db.insert(meetingAttendance).values({ meetingId: id, userId });
    const [doc] = await db
      .insert(minutesDocuments)
      .values({
        minutesId,
        documentVersion: 1,
        code: `RSL-UJI${String(i).padStart(2, "0")}-POL`,
        contentVersion: 1,
        pdf: Buffer.from("%PDF-uji"),
        size: 8,
        pageCount: 1,
        publishedAt: g.publishedAt,
        completedAt: g.completedAt,
      })
      .returning({ id: minutesDocuments.id });
    meetingIds.push(id);
    documentIds.push(doc.id);
  }
});

const actor = fc.oneof(
  fc.constant(null),
  fc.record({
    who: fc.integer({ min: 0, max: 6 }),
    role: fc.constantFrom("member" as const, "staff" as const, "admin" as const),
  }),
);
const toActor = (a: { who: number; role: Actor["role"] } | null): Actor | null =>
  a && { ...people[a.who % people.length], role: a.role };
const sorted = (ids: string[]) => [...ids].sort();

async function attendanceOf(ids: string[]) {
  const rows = await db.select().from(meetingAttendance).where(inArray(meetingAttendance.meetingId, ids));
  return (meetingId: string) => rows.filter((r) => r.meetingId === meetingId).map((r) => r.userId);
}

describe("minutes policy: predicate and SQL agree", () => {
  it("meetings", async () => {
    const rows = await db.select().from(meetings).where(inArray(meetings.id, meetingIds));
    const attendees = await attendanceOf(meetingIds);
    await fc.assert(
      fc.asyncProperty(actor, async (a) => {
        const me = toActor(a);
        const got = await db
          .select({ id: meetings.id })
          .from(meetings)
          .where(and(inArray(meetings.id, meetingIds), meetingVisibleTo(me)));
        const expected = rows.filter((m) => canSeeMeeting(me, { chairId: m.chairId, attendeeIds: attendees(m.id) }));
        expect(sorted(got.map((g) => g.id))).toEqual(sorted(expected.map((m) => m.id)));
      }),
      { numRuns: 40 },
    );
  });

  it("minutes documents", async () => {
    const rows = await db
      .select({
        id: minutesDocuments.id,
        meetingId: meetings.id,
        nature: meetings.nature,
        chairId: meetings.chairId,
        publishedAt: minutesDocuments.publishedAt,
        completedAt: minutesDocuments.completedAt,
      })
      .from(minutesDocuments)
      .innerJoin(minutes, eq(minutes.id, minutesDocuments.minutesId))
      .innerJoin(meetings, eq(meetings.id, minutes.meetingId))
      .where(inArray(minutesDocuments.id, documentIds));
    const attendees = await attendanceOf(meetingIds);
    // The generated documents are of both kinds: some public, some not.
    expect(new Set(rows.map((r) => canSeeDocument(null, { ...r, attendeeIds: [] }))).size).toBe(2);
    await fc.assert(
      fc.asyncProperty(actor, async (a) => {
        const me = toActor(a);
        const got = await db
          .select({ id: minutesDocuments.id })
          .from(minutesDocuments)
          .innerJoin(minutes, eq(minutes.id, minutesDocuments.minutesId))
          .innerJoin(meetings, eq(meetings.id, minutes.meetingId))
          .where(and(inArray(minutesDocuments.id, documentIds), documentVisibleTo(me)));
        const expected = rows.filter((d) => canSeeDocument(me, { ...d, attendeeIds: attendees(d.meetingId) }));
        expect(sorted(got.map((g) => g.id))).toEqual(sorted(expected.map((d) => d.id)));
      }),
      { numRuns: 60 },
    );
  });
});
