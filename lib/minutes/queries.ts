import "server-only";
import { aliasedTable, and, asc, desc, eq, ilike, inArray, or, sql, type SQL } from "drizzle-orm";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import {
  fraksi,
  meetingAgendaItems,
  meetingAttendance,
  meetingGuests,
  meetings,
  meetingTypes,
  minutes,
  minutesDocuments,
  minutesSignatures,
  users,
} from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { confirmationsOf } from "./corrections";
import { loadScope } from "./access";
import { meetingInvolves } from "./policy";
import { quorumFromAttendance, type AttendanceStatus, type QuorumRule } from "./quorum";
import { correctionWindow, MINUTES_STATUSES, type MinutesStatus } from "./workflow-rules";

const chairUser = aliasedTable(users, "chair_user");
const secretaryUser = aliasedTable(users, "secretary_user");

/** Attendance list of a meeting with names and fraksi, in name order. */
export async function attendanceList(meetingId: string, tx: Db = db) {
  return tx
    .select({
      userId: users.id,
      name: users.name,
      position: users.position,
      fraksi: fraksi.name,
      status: meetingAttendance.status,
      arrivedAt: meetingAttendance.arrivedAt,
    })
    .from(meetingAttendance)
    .innerJoin(users, eq(users.id, meetingAttendance.userId))
    .leftJoin(fraksi, eq(fraksi.id, users.fraksiId))
    .where(eq(meetingAttendance.meetingId, meetingId))
    .orderBy(asc(users.name));
}

/** The signed (or in-progress) PDF documents of a minutes record, newest first, with their signatures. */
export async function documentsOf(minutesId: string, tx: Db = db) {
  const docs = await tx
    .select({
      id: minutesDocuments.id,
      code: minutesDocuments.code,
      documentVersion: minutesDocuments.documentVersion,
      sha256: minutesDocuments.sha256,
      size: minutesDocuments.size,
      pageCount: minutesDocuments.pageCount,
      completedAt: minutesDocuments.completedAt,
      supersededAt: minutesDocuments.supersededAt,
      publishedAt: minutesDocuments.publishedAt,
      correctionReason: minutesDocuments.correctionReason,
      createdAt: minutesDocuments.createdAt,
    })
    .from(minutesDocuments)
    .where(eq(minutesDocuments.minutesId, minutesId))
    .orderBy(desc(minutesDocuments.documentVersion));
  const sigs = docs.length
    ? await tx
        .select({
          documentId: minutesSignatures.documentId,
          role: minutesSignatures.role,
          name: minutesSignatures.signerName,
          signedAt: minutesSignatures.signedAt,
        })
        .from(minutesSignatures)
        .where(
          inArray(
            minutesSignatures.documentId,
            docs.map((d) => d.id),
          ),
        )
        .orderBy(asc(minutesSignatures.signedAt))
    : [];
  return docs.map((d) => ({
    ...d,
    signatures: sigs.filter((s) => s.documentId === d.id).map(({ documentId: _d, ...s }) => s),
  }));
}

/** Everything the meeting pages show, for an actor in scope (404 otherwise). */
export async function getMeetingDetail(actor: Actor | null, meetingId: string, tx: Db = db) {
  const me = await requirePermission(actor, "meeting.read", tx);
  const scope = await loadScope(me, meetingId, undefined, tx);
  const m = scope.meeting;
  const [people] = await tx
    .select({
      chairName: chairUser.name,
      chairPosition: chairUser.position,
      secretaryName: secretaryUser.name,
      secretaryNip: secretaryUser.nip,
    })
    .from(meetings)
    .innerJoin(chairUser, eq(chairUser.id, meetings.chairId))
    .innerJoin(secretaryUser, eq(secretaryUser.id, meetings.secretaryId))
    .where(eq(meetings.id, meetingId));
  const [agenda, guests, attendance, documents] = await Promise.all([
    tx
      .select({ id: meetingAgendaItems.id, title: meetingAgendaItems.title })
      .from(meetingAgendaItems)
      .where(eq(meetingAgendaItems.meetingId, meetingId))
      .orderBy(asc(meetingAgendaItems.position)),
    tx
      .select({
        id: meetingGuests.id,
        name: meetingGuests.name,
        institution: meetingGuests.institution,
        role: meetingGuests.role,
      })
      .from(meetingGuests)
      .where(eq(meetingGuests.meetingId, meetingId))
      .orderBy(asc(meetingGuests.position)),
    attendanceList(meetingId, tx),
    documentsOf(scope.minutes.id, tx),
  ]);
  const quorum = quorumFromAttendance(m.quorumRule as QuorumRule, attendance as { status: AttendanceStatus | null }[]);
  const confirmations = await confirmationsOf(scope, me.id, tx);
  const window = correctionWindow(scope.minutes.reviewStartedAt, scope.minutes.correctionDeadline, new Date());
  return {
    scope: { isOffice: scope.isOffice, isChair: scope.isChair, isSecretary: scope.isSecretary, inBody: scope.inBody },
    meeting: { ...m, ...people },
    minutes: {
      id: scope.minutes.id,
      status: scope.minutes.status as MinutesStatus,
      revision: scope.minutes.revision,
      reviewStartedAt: scope.minutes.reviewStartedAt,
      correctionDeadline: window.closesAt,
      correctionState: window.state,
      content: scope.minutes.content,
    },
    agenda,
    guests,
    attendance,
    quorum,
    /** The attendees' confirmations of the current draft (no correction from them), and the viewer's own. */
    confirmations,
    documents,
  };
}

export type MeetingDetail = Awaited<ReturnType<typeof getMeetingDetail>>;

const listColumns = {
  id: meetings.id,
  title: meetings.title,
  date: meetings.date,
  startTime: meetings.startTime,
  place: meetings.place,
  nature: meetings.nature,
  typeName: meetingTypes.name,
  status: minutes.status,
};

/** Back-office meeting list with search, type and status filters, newest first. */
export async function listMeetings(
  actor: Actor | null,
  opts: { q?: string; typeId?: number; status?: string; page?: number; pageSize?: number } = {},
  tx: Db = db,
) {
  await requirePermission(actor, "meeting.manage", tx);
  const pageSize = Math.min(100, Math.max(1, opts.pageSize ?? 20));
  const page = Math.max(1, Math.floor(opts.page ?? 1));
  const conds: SQL[] = [];
  const q = opts.q?.trim().slice(0, 100);
  if (q) {
    const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conds.push(or(ilike(meetings.title, pattern), ilike(meetings.place, pattern))!);
  }
  if (opts.typeId && Number.isInteger(opts.typeId)) conds.push(eq(meetings.typeId, opts.typeId));
  if (opts.status && (MINUTES_STATUSES as readonly string[]).includes(opts.status))
    conds.push(eq(minutes.status, opts.status as MinutesStatus));
  const where = conds.length ? and(...conds) : undefined;
  const base = tx
    .select(listColumns)
    .from(meetings)
    .innerJoin(meetingTypes, eq(meetingTypes.id, meetings.typeId))
    .innerJoin(minutes, eq(minutes.meetingId, meetings.id));
  const items = await base
    .where(where)
    .orderBy(desc(meetings.date), desc(meetings.startTime))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [{ total }] = await tx
    .select({ total: sql<number>`count(*)::int` })
    .from(meetings)
    .innerJoin(minutes, eq(minutes.meetingId, meetings.id))
    .where(where);
  return { items, total, page, pageSize };
}

/** A member's meetings: those of bodies they belong to, or that they chair. */
export async function listMyMeetings(
  actor: Actor | null,
  opts: { page?: number; pageSize?: number } = {},
  tx: Db = db,
) {
  const me = await requirePermission(actor, "meeting.read", tx);
  const pageSize = Math.min(100, Math.max(1, opts.pageSize ?? 20));
  const page = Math.max(1, Math.floor(opts.page ?? 1));
  const mine = meetingInvolves(me);
  const items = await tx
    .select({ ...listColumns, chairId: meetings.chairId })
    .from(meetings)
    .innerJoin(meetingTypes, eq(meetingTypes.id, meetings.typeId))
    .innerJoin(minutes, eq(minutes.meetingId, meetings.id))
    .where(mine)
    .orderBy(desc(meetings.date), desc(meetings.startTime))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [{ total }] = await tx
    .select({ total: sql<number>`count(*)::int` })
    .from(meetings)
    .where(mine);
  return { items: items.map((i) => ({ ...i, isChair: i.chairId === me.id })), total, page, pageSize };
}
