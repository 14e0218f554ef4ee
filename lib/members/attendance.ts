import "server-only";
import { and, asc, eq, gte, inArray, lte, sql } from "drizzle-orm";
import { db } from "@/lib/db";
import { meetingAttendance, meetings, meetingTypes, minutes } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import type { AttendanceStatus } from "@/lib/minutes/quorum";
import type { DateRange } from "./periods";

/** Minutes states from which the roll call is settled (final, signed, published). */
export const SETTLED_MINUTES = ["final", "ditandatangani", "terbit"] as const;

/** Present / excused / absent counts; `total` is the denominator (meetings of the member's bodies). */
export interface AttendanceCount {
  present: number;
  excused: number;
  absent: number;
  /** Rows the note-taker left empty: in the total, in no category. */
  unrecorded: number;
  total: number;
}

export interface AttendanceByType {
  type: string;
  year: AttendanceCount;
  masaSidang: AttendanceCount;
}

export interface AttendanceFigures {
  year: DateRange;
  masaSidang: DateRange;
  all: { year: AttendanceCount; masaSidang: AttendanceCount };
  byType: AttendanceByType[];
}

const empty = (): AttendanceCount => ({ present: 0, excused: 0, absent: 0, unrecorded: 0, total: 0 });

/** Which category a roll-call status falls in: izin, sakit and dinas luar are excused. */
export function attendanceCategory(s: AttendanceStatus | null): "present" | "excused" | "absent" | "unrecorded" {
  if (s === "hadir") return "present";
  if (s === "izin" || s === "sakit" || s === "dinas_luar") return "excused";
  if (s === "alpa") return "absent";
  return "unrecorded";
}

function add(c: AttendanceCount, s: AttendanceStatus | null, n: number) {
  c[attendanceCategory(s)] += n;
  c.total += n;
}

/**
 * A member's attendance in the year and the masa sidang, per meeting type, from the roll calls of
 * meetings whose minutes are settled. Closed meetings count too: only counts leave this function,
 * never a meeting's title, date or agenda.
 */
export async function memberAttendance(
  memberId: string,
  year: DateRange,
  masaSidang: DateRange,
  tx: Db = db,
): Promise<AttendanceFigures> {
  const inMs = sql<boolean>`(${meetings.date} between ${masaSidang.from} and ${masaSidang.to})`;
  const rows = await tx
    .select({
      type: meetingTypes.name,
      sort: meetingTypes.sortOrder,
      status: meetingAttendance.status,
      inMs,
      n: sql<number>`count(*)::int`,
    })
    .from(meetingAttendance)
    .innerJoin(meetings, eq(meetings.id, meetingAttendance.meetingId))
    .innerJoin(minutes, and(eq(minutes.meetingId, meetings.id), inArray(minutes.status, [...SETTLED_MINUTES])))
    .innerJoin(meetingTypes, eq(meetingTypes.id, meetings.typeId))
    .where(and(eq(meetingAttendance.userId, memberId), gte(meetings.date, year.from), lte(meetings.date, year.to)))
    .groupBy(sql`1`, sql`2`, sql`3`, sql`4`)
    .orderBy(asc(meetingTypes.sortOrder), asc(meetingTypes.name));
  const all = { year: empty(), masaSidang: empty() };
  const byType = new Map<string, AttendanceByType>();
  for (const r of rows) {
    const t = byType.get(r.type) ?? { type: r.type, year: empty(), masaSidang: empty() };
    byType.set(r.type, t);
    add(t.year, r.status, r.n);
    add(all.year, r.status, r.n);
    if (r.inMs) {
      add(t.masaSidang, r.status, r.n);
      add(all.masaSidang, r.status, r.n);
    }
  }
  return { year, masaSidang, all, byType: [...byType.values()] };
}
