import "server-only";
import { todayWita } from "@/lib/letters/input-checks";
import { and, asc, desc, eq, lt, or } from "drizzle-orm";
import { writeAudit } from "@/lib/audit/service";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { db, type Db } from "@/lib/db";
import { resesPeriods, resesReports, resesSchedules, users } from "@/lib/db/schema";
import { errors } from "@/lib/errors";
import { masaSidangOf } from "@/lib/members/periods";
import { isUuid, parseInput } from "@/lib/validation";
import { MASA_SIDANG_LABELS, REPORTED_STATUSES, type ResesReportStatus } from "./constants";
import { draftContent, type ResesReportContent } from "./draft";
import { canReadReport } from "./policy";
import { signedReportPdf } from "./signed-pdf";
import { resesPeriodSchema, resesReportTextSchema, resesScheduleSchema } from "./schema";

type Period = typeof resesPeriods.$inferSelect;

/** The masa sidang dates of a period: reses records belong to the period by their date. */
export function periodRange(p: { year: number; masaSidang: number }) {
  return masaSidangOf(`${p.year}-${String((p.masaSidang - 1) * 4 + 1).padStart(2, "0")}-01`);
}

/** "Reses Masa Sidang II 2026". */
export const periodLabel = (p: { year: number; masaSidang: number }) =>
  `Reses Masa Sidang ${MASA_SIDANG_LABELS[p.masaSidang - 1]} ${p.year}`;

/** Staff record a reses period (one per masa sidang; its dates lie inside that masa sidang). */
export async function createPeriod(actor: Actor | null, input: unknown, tx: Db = db) {
  const me = await requirePermission(actor, "reses.periods.manage", tx);
  const data = parseInput(resesPeriodSchema, input);
  const range = periodRange(data);
  if (data.startsOn < range.from || data.endsOn > range.to)
    throw errors.validation({
      endsOn: [`Tanggal reses harus di dalam ${range.label} (${range.from} s.d. ${range.to}).`],
    });
  const rows = await tx.insert(resesPeriods).values(data).onConflictDoNothing().returning({ id: resesPeriods.id });
  if (!rows[0]) throw errors.conflict(`${periodLabel(data)} sudah dicatat.`);
  await writeAudit(
    { actor: me, action: "reses.period.create", entityType: "reses_period", entityId: String(rows[0].id) },
    tx,
  );
  return rows[0];
}

/** The periods, newest first. */
export async function listPeriods(tx: Db = db) {
  return tx.select().from(resesPeriods).orderBy(desc(resesPeriods.year), desc(resesPeriods.masaSidang));
}

async function periodById(id: number, tx: Db): Promise<Period> {
  const [p] = Number.isInteger(id) ? await tx.select().from(resesPeriods).where(eq(resesPeriods.id, id)) : [];
  if (!p) throw errors.notFound("Periode reses");
  return p;
}

/** Staff set a member's reses days in a period (max 6 days, inside the period). */
export async function setSchedule(actor: Actor | null, input: unknown, tx: Db = db) {
  const me = await requirePermission(actor, "reses.periods.manage", tx);
  const data = parseInput(resesScheduleSchema, input);
  const p = await periodById(data.periodId, tx);
  if (data.startsOn < p.startsOn || data.endsOn > p.endsOn)
    throw errors.validation({ startsOn: [`Jadwal harus di antara ${p.startsOn} dan ${p.endsOn}.`] });
  const [member] = await tx.select({ role: users.role }).from(users).where(eq(users.id, data.memberId));
  if (member?.role !== "member") throw errors.validation({ memberId: ["Pilih anggota DPRD."] });
  await tx
    .insert(resesSchedules)
    .values(data)
    .onConflictDoUpdate({
      target: [resesSchedules.periodId, resesSchedules.memberId],
      set: { startsOn: data.startsOn, endsOn: data.endsOn },
    });
  await writeAudit({ actor: me, action: "reses.schedule.set", entityType: "reses_period", entityId: String(p.id) }, tx);
}

/**
 * The period before the one containing `date` in which the member was scheduled and has not
 * submitted a report (null when the member may hold a reses on `date`).
 */
export async function unreportedPeriodBefore(memberId: string, date: string, tx: Db = db) {
  const year = Number(date.slice(0, 4));
  const masa = Math.ceil(Number(date.slice(5, 7)) / 4);
  const [prev] = await tx
    .select({
      id: resesPeriods.id,
      year: resesPeriods.year,
      masaSidang: resesPeriods.masaSidang,
      status: resesReports.status,
    })
    .from(resesSchedules)
    .innerJoin(resesPeriods, eq(resesPeriods.id, resesSchedules.periodId))
    .leftJoin(resesReports, and(eq(resesReports.periodId, resesPeriods.id), eq(resesReports.memberId, memberId)))
    .where(
      and(
        eq(resesSchedules.memberId, memberId),
        or(lt(resesPeriods.year, year), and(eq(resesPeriods.year, year), lt(resesPeriods.masaSidang, masa))),
      ),
    )
    .orderBy(desc(resesPeriods.year), desc(resesPeriods.masaSidang))
    .limit(1);
  if (!prev || (prev.status && REPORTED_STATUSES.includes(prev.status))) return null;
  return { id: prev.id, label: periodLabel(prev), status: (prev.status ?? "belum") as ResesReportStatus | "belum" };
}

/** Refuse a reses event while the previous period's report is not submitted (409, Indonesian message). */
export async function assertMayHoldReses(memberId: string, heldOn: string, tx: Db = db) {
  const open = await unreportedPeriodBefore(memberId, heldOn, tx);
  if (open)
    throw errors.conflict(
      `Laporan hasil ${open.label} belum diserahkan. Anggota yang belum melaporkan reses tidak dapat melaksanakan reses berikutnya: serahkan laporan itu terlebih dahulu.`,
    );
}

/** The member's reses periods (scheduled or with a report), each with its report status. */
export async function myPeriods(actor: Actor | null, tx: Db = db) {
  const me = await requirePermission(actor, "reses.manage", tx);
  const rows = await tx
    .select({
      period: resesPeriods,
      schedStart: resesSchedules.startsOn,
      schedEnd: resesSchedules.endsOn,
      reportId: resesReports.id,
      status: resesReports.status,
    })
    .from(resesPeriods)
    .leftJoin(resesSchedules, and(eq(resesSchedules.periodId, resesPeriods.id), eq(resesSchedules.memberId, me.id)))
    .leftJoin(resesReports, and(eq(resesReports.periodId, resesPeriods.id), eq(resesReports.memberId, me.id)))
    .orderBy(desc(resesPeriods.year), desc(resesPeriods.masaSidang));
  return rows.map((r) => ({
    id: r.period.id,
    label: periodLabel(r.period),
    startsOn: r.period.startsOn,
    endsOn: r.period.endsOn,
    schedule: r.schedStart && r.schedEnd ? { from: r.schedStart, to: r.schedEnd } : null,
    reportId: r.reportId,
    status: (r.status ?? "belum") as ResesReportStatus | "belum",
  }));
}

/** Draft (or re-draft, while still a draft) the member's report for a period from the records. */
export async function draftReport(actor: Actor | null, periodId: number, tx: Db = db) {
  const me = await requirePermission(actor, "reses.manage", tx);
  const p = await periodById(periodId, tx);
  const today = todayWita();
  if (today < p.startsOn) throw errors.badRequest("Laporan dapat disusun setelah reses dimulai.");
  const content = await draftContent(me.id, periodRange(p), tx);
  const [existing] = await tx
    .select({ id: resesReports.id, status: resesReports.status })
    .from(resesReports)
    .where(and(eq(resesReports.periodId, p.id), eq(resesReports.memberId, me.id)));
  if (existing) {
    if (existing.status !== "draf") throw errors.conflict("Laporan sudah diserahkan dan tidak dapat disusun ulang.");
    await tx.update(resesReports).set({ content, updatedAt: new Date() }).where(eq(resesReports.id, existing.id));
    return { id: existing.id };
  }
  const [row] = await tx
    .insert(resesReports)
    .values({ periodId: p.id, memberId: me.id, content })
    .returning({ id: resesReports.id });
  await writeAudit({ actor: me, action: "reses.report.draft", entityType: "reses_report", entityId: row.id }, tx);
  return row;
}

async function reportRow(id: string, tx: Db) {
  if (!isUuid(id)) throw errors.notFound("Laporan reses");
  const [row] = await tx
    .select({ report: resesReports, period: resesPeriods, memberName: users.name })
    .from(resesReports)
    .innerJoin(resesPeriods, eq(resesPeriods.id, resesReports.periodId))
    .innerJoin(users, eq(users.id, resesReports.memberId))
    .where(eq(resesReports.id, id));
  if (!row) throw errors.notFound("Laporan reses");
  return row;
}

/** One report for its member or staff (404 for anyone else). */
export async function getReport(actor: Actor | null, id: string, tx: Db = db) {
  if (!actor) throw errors.unauthorized();
  const row = await reportRow(id, tx);
  if (!canReadReport(actor, row.report)) throw errors.notFound("Laporan reses");
  const r = row.report;
  return {
    id: r.id,
    memberId: r.memberId,
    memberName: row.memberName,
    periodId: row.period.id,
    periodLabel: periodLabel(row.period),
    status: r.status,
    content: r.content as ResesReportContent,
    summary: r.summary,
    followUp: r.followUp,
    submittedAt: r.submittedAt,
    hasPdf: Boolean(r.sha256),
    acceptedAt: r.acceptedAt,
  };
}

async function ownDraft(actor: Actor | null, id: string, tx: Db) {
  const me = await requirePermission(actor, "reses.manage", tx);
  const row = await reportRow(id, tx);
  if (row.report.memberId !== me.id) throw errors.notFound("Laporan reses");
  if (row.report.status !== "draf") throw errors.conflict("Laporan sudah diserahkan dan tidak dapat diubah.");
  return { me, row };
}

/** The member edits the free-text parts of a draft. */
export async function updateReportText(actor: Actor | null, id: string, input: unknown, tx: Db = db) {
  const { me } = await ownDraft(actor, id, tx);
  const data = parseInput(resesReportTextSchema, input);
  await tx
    .update(resesReports)
    .set({ ...data, updatedAt: new Date() })
    .where(eq(resesReports.id, id));
  await writeAudit({ actor: me, action: "reses.report.edit", entityType: "reses_report", entityId: id }, tx);
}

/** The member submits the draft to the pimpinan: draf → diserahkan. */
export async function submitReport(actor: Actor | null, id: string, tx: Db = db) {
  const { me, row } = await ownDraft(actor, id, tx);
  if (!row.report.summary.trim())
    throw errors.validation({ summary: ["Isi ringkasan hasil reses sebelum menyerahkan."] });
  const now = new Date();
  const { pdf, sha256 } = await signedReportPdf(
    {
      memberId: me.id,
      periodLabel: periodLabel(row.period),
      content: row.report.content as ResesReportContent,
      summary: row.report.summary,
      followUp: row.report.followUp,
    },
    now,
    tx,
  );
  await tx.transaction(async (t) => {
    const done = await t
      .update(resesReports)
      .set({ status: "diserahkan", submittedAt: now, updatedAt: now, pdf, sha256 })
      .where(and(eq(resesReports.id, id), eq(resesReports.status, "draf")))
      .returning({ id: resesReports.id });
    if (!done[0]) throw errors.conflict("Laporan sudah diserahkan dan tidak dapat diubah.");
    await writeAudit(
      { actor: me, action: "reses.report.submit", entityType: "reses_report", entityId: id, detail: { sha256 } },
      t,
    );
  });
}

/** The signed PDF of a submitted report, for its member and staff (404 for anyone else or before submission). */
export async function reportPdf(actor: Actor | null, id: string, tx: Db = db) {
  if (!actor) throw errors.unauthorized();
  const row = await reportRow(id, tx);
  if (!canReadReport(actor, row.report) || !row.report.pdf) throw errors.notFound("PDF laporan reses");
  const label = periodLabel(row.period)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-");
  return { data: row.report.pdf, sha256: row.report.sha256!, fileName: `laporan-hasil-${label}.pdf` };
}

/** Staff accept a submitted report on behalf of the pimpinan: diserahkan → diterima. */
export async function acceptReport(actor: Actor | null, id: string, tx: Db = db) {
  const me = await requirePermission(actor, "reses.reports.accept", tx);
  const row = await reportRow(id, tx);
  if (row.report.status !== "diserahkan")
    throw errors.conflict("Hanya laporan yang sudah diserahkan yang dapat diterima.");
  await tx
    .update(resesReports)
    .set({ status: "diterima", acceptedAt: new Date(), acceptedBy: me.id, updatedAt: new Date() })
    .where(eq(resesReports.id, id));
  await writeAudit({ actor: me, action: "reses.report.accept", entityType: "reses_report", entityId: id }, tx);
}

/** Staff: every member with their schedule and report status in a period. */
export async function periodOverview(actor: Actor | null, periodId: number, tx: Db = db) {
  await requirePermission(actor, "reses.reports.read", tx);
  const p = await periodById(periodId, tx);
  const rows = await tx
    .select({
      memberId: users.id,
      name: users.name,
      schedStart: resesSchedules.startsOn,
      schedEnd: resesSchedules.endsOn,
      reportId: resesReports.id,
      status: resesReports.status,
      sha256: resesReports.sha256,
    })
    .from(users)
    .leftJoin(resesSchedules, and(eq(resesSchedules.memberId, users.id), eq(resesSchedules.periodId, p.id)))
    .leftJoin(resesReports, and(eq(resesReports.memberId, users.id), eq(resesReports.periodId, p.id)))
    .where(and(eq(users.role, "member"), eq(users.isActive, true)))
    .orderBy(asc(users.name));
  return {
    period: { ...p, label: periodLabel(p) },
    members: rows.map((r) => ({
      memberId: r.memberId,
      name: r.name,
      schedule: r.schedStart && r.schedEnd ? { from: r.schedStart, to: r.schedEnd } : null,
      reportId: r.reportId,
      status: (r.status ?? "belum") as ResesReportStatus | "belum",
      hasPdf: Boolean(r.sha256),
    })),
  };
}
