import "server-only";
import { markInboxRead } from "@/lib/inbox/service";
import { and, asc, desc, eq, sql, type SQL } from "drizzle-orm";
import { listAttachments } from "@/lib/attachments/service";
import { logDenied, requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { loadHolidaySet } from "@/lib/calendar/holidays";
import { slaStatus, type SlaState } from "@/lib/calendar/working-days";
import {
  aspirationCategories,
  aspirationEvents,
  aspirations,
  dapil,
  kecamatan,
  kelurahan,
  komisi,
  users,
} from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { errors } from "@/lib/errors";
import { loadAspiration } from "./lookups";
import { SLA_FIRST_ANSWER_DAYS, SLA_VERIFY_DAYS, type AspirationStatus } from "./constants";
import { staffListSchema, type StaffListQuery } from "./schema";
import { canSeeAspiration } from "./policy";
import { ASPIRATION_OWNER } from "./submit";
import { parseInput } from "@/lib/validation";

export const STAFF_PAGE_SIZE = 25;

/** Filters of the staff queue and the exports. */
export function staffFilters(q: StaffListQuery): SQL | undefined {
  const conds: SQL[] = [];
  if (q.status) conds.push(eq(aspirations.status, q.status));
  if (q.kecamatan) conds.push(eq(aspirations.kecamatanId, q.kecamatan));
  if (q.kategori) conds.push(eq(aspirations.categoryId, q.kategori));
  if (q.dapil) conds.push(eq(aspirations.dapilId, q.dapil));
  if (q.kanal) conds.push(eq(aspirations.channel, q.kanal));
  if (q.q) {
    const code = q.q.toUpperCase().replace(/\s/g, "");
    conds.push(
      sql`(${aspirations.searchVector} @@ websearch_to_tsquery('indonesian', ${q.q}) or ${aspirations.trackingCode} = ${code})`,
    );
  }
  return conds.length ? and(...conds) : undefined;
}

export const staffColumns = {
  id: aspirations.id,
  trackingCode: aspirations.trackingCode,
  title: aspirations.title,
  status: aspirations.status,
  channel: aspirations.channel,
  category: aspirationCategories.name,
  kecamatan: kecamatan.name,
  kelurahan: kelurahan.name,
  dapil: dapil.name,
  komisi: komisi.name,
  routedToDapil: aspirations.routedToDapil,
  isAnonymous: aspirations.isAnonymous,
  isConfidential: aspirations.isConfidential,
  createdAt: aspirations.createdAt,
  verifiedAt: aspirations.verifiedAt,
  firstResponseAt: aspirations.firstResponseAt,
  closedAt: aspirations.closedAt,
  rating: aspirations.rating,
};

/** The joined base query of staff lists. */
export function staffQuery(tx: Db = db) {
  return tx
    .select(staffColumns)
    .from(aspirations)
    .innerJoin(aspirationCategories, eq(aspirationCategories.id, aspirations.categoryId))
    .leftJoin(kecamatan, eq(kecamatan.id, aspirations.kecamatanId))
    .leftJoin(kelurahan, eq(kelurahan.id, aspirations.kelurahanId))
    .leftJoin(dapil, eq(dapil.id, aspirations.dapilId))
    .leftJoin(komisi, eq(komisi.id, aspirations.routedKomisiId));
}

/** The SLA that applies now: verification (3 working days) while diterima, first answer (5) after. */
export function itemSla(
  a: { status: AspirationStatus; createdAt: Date; verifiedAt: Date | null; firstResponseAt: Date | null },
  now: Date,
  holidays: ReadonlySet<string>,
): (SlaState & { label: string }) | null {
  if (a.status === "diterima")
    return { ...slaStatus(a.createdAt, SLA_VERIFY_DAYS, now, holidays), label: "Verifikasi" };
  if ((a.status === "diverifikasi" || a.status === "ditindaklanjuti") && !a.firstResponseAt)
    return { ...slaStatus(a.createdAt, SLA_FIRST_ANSWER_DAYS, now, holidays), label: "Tanggapan" };
  return null;
}

/** The triage queue: open items first (oldest first), with SLA badges. */
export async function listStaffQueue(actor: Actor | null, raw: unknown, now = new Date(), tx: Db = db) {
  await requirePermission(actor, "aspiration.triage", tx);
  const q = parseInput(staffListSchema, raw);
  const where = staffFilters(q);
  const page = q.hal ?? 1;
  const [rows, [{ total }], holidays] = await Promise.all([
    staffQuery(tx)
      .where(where)
      .orderBy(
        sql`case ${aspirations.status} when 'diterima' then 0 when 'diverifikasi' then 1 when 'ditindaklanjuti' then 2 else 3 end`,
        asc(aspirations.createdAt),
      )
      .limit(STAFF_PAGE_SIZE)
      .offset((page - 1) * STAFF_PAGE_SIZE),
    tx
      .select({ total: sql<number>`count(*)::int` })
      .from(aspirations)
      .where(where),
    loadHolidaySet(now.getUTCFullYear() - 1, now.getUTCFullYear() + 1, tx),
  ]);
  return {
    items: rows.map((r) => ({ ...r, sla: itemSla(r, now, holidays) })),
    total,
    page,
    pageSize: STAFF_PAGE_SIZE,
    query: q,
  };
}

/** Everything about one aspiration for staff or an in-scope member (members: 404 outside the rule). */
export async function aspirationDetail(actor: Actor | null, id: string, now = new Date(), tx: Db = db) {
  const me = await requirePermission(actor, "aspiration.respond", tx);
  const a = await loadAspiration(id, undefined, tx);
  if (!canSeeAspiration(me, a)) {
    await logDenied(me, "aspiration.scope", { type: "aspiration", id }, tx);
    throw errors.notFound("Aspirasi");
  }
  const [[meta], events, files, holidays] = await Promise.all([
    staffQuery(tx).where(eq(aspirations.id, id)),
    tx
      .select({
        id: aspirationEvents.id,
        at: aspirationEvents.at,
        kind: aspirationEvents.kind,
        fromStatus: aspirationEvents.fromStatus,
        toStatus: aspirationEvents.toStatus,
        publicNote: aspirationEvents.publicNote,
        internalNote: aspirationEvents.internalNote,
        actorName: users.name,
        actorRole: users.role,
      })
      .from(aspirationEvents)
      .leftJoin(users, eq(users.id, aspirationEvents.actorId))
      .where(eq(aspirationEvents.aspirationId, id))
      .orderBy(desc(aspirationEvents.at), desc(aspirationEvents.id)),
    listAttachments({ type: ASPIRATION_OWNER, id }, tx),
    loadHolidaySet(now.getUTCFullYear() - 1, now.getUTCFullYear() + 1, tx),
    // Opening an item from the inbox marks it read for the member (as opening a pokir does).
    markInboxRead(me, "aspirasi", id, tx),
  ]);
  // Members see a rahasia reporter's identity only when they are the assigned member.
  const showIdentity = me.role !== "member" || !a.isConfidential || a.assignedMemberId === me.id;
  return {
    aspiration: {
      ...meta,
      body: a.body,
      address: a.address,
      categoryId: a.categoryId,
      kelurahanId: a.kelurahanId,
      isCitywide: a.isCitywide,
      routedKomisiId: a.routedKomisiId,
      externalAgency: a.externalAgency,
      reopenCount: a.reopenCount,
      ratingComment: a.ratingComment,
      reporter:
        showIdentity && !a.isAnonymous
          ? { name: a.reporterName, phone: a.reporterPhone, email: a.reporterEmail }
          : null,
    },
    events,
    files,
    sla: itemSla(a, now, holidays),
  };
}
