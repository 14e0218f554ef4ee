import "server-only";
import { and, asc, eq, isNotNull, sql } from "drizzle-orm";
import { localDate } from "@/lib/calendar/working-days";
import { meetingAttendance, meetings, meetingTypes, minutes, users } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { emptyContent } from "@/lib/minutes/content";
import type { AttendanceStatus } from "@/lib/minutes/quorum";

const KEY = "profil-rapat";
const DAY = 86_400_000;

/** Varied but stable attendance: member j at meeting i; each member has their own rate (60–85 %). */
function statusFor(j: number, i: number): AttendanceStatus {
  const r = (j * 7 + i * 3) % 20;
  const x = 12 + (j % 6);
  return r < x ? "hadir" : r === x ? "izin" : r === x + 1 ? "sakit" : r === x + 2 ? "dinas_luar" : "alpa";
}

/**
 * Demo roll calls for the member profiles: plenaries every three weeks and komisi meetings every
 * month of the current year, with settled (final) minutes and varied attendance. Together with the
 * aspiration and pokir demos (answers, adoptions, SIPD outcomes, reses) the profiles are not empty
 * on first run. Idempotent.
 */
export async function seedMemberFiguresDemo(tx: Db = db): Promise<void> {
  const [done] = await tx
    .select({ id: meetings.id })
    .from(meetings)
    .where(sql`${meetings.demoKey} like ${KEY + "-%"}`)
    .limit(1);
  if (done) return;
  const [plenary] = await tx
    .select()
    .from(meetingTypes)
    .where(eq(meetingTypes.bodyKind, "semua"))
    .orderBy(asc(meetingTypes.sortOrder))
    .limit(1);
  const komisiTypes = await tx
    .select()
    .from(meetingTypes)
    .where(and(eq(meetingTypes.bodyKind, "komisi"), isNotNull(meetingTypes.komisiId)));
  const members = await tx
    .select({ id: users.id, komisiId: users.komisiId, email: users.email })
    .from(users)
    .where(and(eq(users.role, "member"), eq(users.isActive, true)))
    .orderBy(asc(users.email));
  const [staff] = await tx.select({ id: users.id }).from(users).where(eq(users.email, "staf.persidangan@sidilan.test"));
  const chair = members.find((m) => m.email === "ketua@sidilan.test") ?? members[0];
  if (!plenary || !staff || !chair) return;
  const now = Date.now();
  const yearStart = `${new Date(now).getFullYear()}-01-01`;
  const plan: { typeId: number; date: string; body: typeof members; title: string }[] = [];
  for (let i = 0; i < 10; i++)
    plan.push({
      typeId: plenary.id,
      date: localDate(new Date(now - (i * 21 + 5) * DAY)),
      body: members,
      title: `Rapat Paripurna ke-${10 - i}`,
    });
  for (const t of komisiTypes)
    for (let i = 0; i < 6; i++)
      plan.push({
        typeId: t.id,
        date: localDate(new Date(now - (i * 30 + 12) * DAY)),
        body: members.filter((m) => m.komisiId === t.komisiId),
        title: `${t.name}: rapat kerja bulanan ${6 - i}`,
      });
  let n = 0;
  for (const p of plan.filter((p) => p.date >= yearStart)) {
    n++;
    await tx.transaction(async (t) => {
      const [mt] = await t
        .insert(meetings)
        .values({
          typeId: p.typeId,
          title: p.title,
          nature: "terbuka",
          quorumRule: "lebih_setengah",
          date: p.date,
          startTime: "09:00",
          endTime: "11:30",
          place: "Ruang Rapat DPRD Kota Balikpapan",
          chairId: chair.id,
          secretaryId: staff.id,
          createdBy: staff.id,
          demoKey: `${KEY}-${n}`,
        })
        .returning({ id: meetings.id });
      await t.insert(minutes).values({
        meetingId: mt.id,
        status: "final",
        content: emptyContent([], "09:00") as unknown as Record<string, unknown>,
        finalizedAt: new Date(`${p.date}T12:00:00+08:00`),
      });
      if (p.body.length)
        await t.insert(meetingAttendance).values(
          p.body.map((m) => ({
            meetingId: mt.id,
            userId: m.id,
            status: statusFor(members.indexOf(m), n),
            recordedBy: staff.id,
            recordedAt: new Date(`${p.date}T09:30:00+08:00`),
          })),
        );
    });
  }
}
