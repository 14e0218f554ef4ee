import "server-only";
import { and, asc, desc, eq, ilike, inArray, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { listAttachments } from "@/lib/attachments/service";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import {
  dapil,
  electionPeriods,
  kecamatan,
  kelurahan,
  pokirBidang,
  pokirEvents,
  pokirOpd,
  pokirPeriods,
  pokirProposals,
  resesRecords,
  users,
} from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { errors } from "@/lib/errors";
import { markInboxRead } from "@/lib/inbox/service";
import { normalizeTrackingCode } from "@/lib/tracking/code";
import { POKIR_PHOTO_OWNER, POKIR_STATUSES, type PokirStatus } from "./constants";
import { endorsementsOf } from "./member";
import { currentPeriodForStaff, listPeriods } from "./periods";
import { canSeePokir } from "./policy";
import { isUuid } from "@/lib/validation";

const adopter = alias(users, "adopter");

/** Columns of a proposal with its names resolved (shared by detail pages and exports). */
export const proposalColumns = {
  id: pokirProposals.id,
  trackingCode: pokirProposals.trackingCode,
  periodId: pokirProposals.periodId,
  periodName: pokirPeriods.name,
  source: pokirProposals.source,
  title: pokirProposals.title,
  masalah: pokirProposals.masalah,
  usulan: pokirProposals.usulan,
  rt: pokirProposals.rt,
  rw: pokirProposals.rw,
  address: pokirProposals.address,
  latitude: pokirProposals.latitude,
  longitude: pokirProposals.longitude,
  kelurahanId: pokirProposals.kelurahanId,
  kelurahan: kelurahan.name,
  kecamatan: kecamatan.name,
  dapilId: pokirProposals.dapilId,
  dapil: dapil.name,
  bidangId: pokirProposals.bidangId,
  bidang: pokirBidang.name,
  bidangCode: pokirBidang.code,
  opdId: pokirProposals.opdId,
  opd: pokirOpd.name,
  volume: pokirProposals.volume,
  unit: pokirProposals.unit,
  estimatedCost: pokirProposals.estimatedCost,
  priority: pokirProposals.priority,
  status: pokirProposals.status,
  statusReason: pokirProposals.statusReason,
  adoptedBy: pokirProposals.adoptedBy,
  adopterName: adopter.name,
  resesId: pokirProposals.resesId,
  aspirationId: pokirProposals.aspirationId,
  outcomeReason: pokirProposals.outcomeReason,
  sipdEntered: pokirProposals.sipdEntered,
  version: pokirProposals.version,
  proposerName: pokirProposals.proposerName,
  proposerGroup: pokirProposals.proposerGroup,
  proposerPhone: pokirProposals.proposerPhone,
  proposerEmail: pokirProposals.proposerEmail,
  createdAt: pokirProposals.createdAt,
};

/** The base query with names joined. */
export function proposalQuery(tx: Db = db) {
  return tx
    .select(proposalColumns)
    .from(pokirProposals)
    .innerJoin(pokirPeriods, eq(pokirPeriods.id, pokirProposals.periodId))
    .innerJoin(kelurahan, eq(kelurahan.id, pokirProposals.kelurahanId))
    .innerJoin(kecamatan, eq(kecamatan.id, pokirProposals.kecamatanId))
    .leftJoin(dapil, eq(dapil.id, pokirProposals.dapilId))
    .leftJoin(pokirBidang, eq(pokirBidang.id, pokirProposals.bidangId))
    .leftJoin(pokirOpd, eq(pokirOpd.id, pokirProposals.opdId))
    .leftJoin(adopter, eq(adopter.id, pokirProposals.adoptedBy));
}

export type ProposalView = Awaited<ReturnType<ReturnType<typeof proposalQuery>["execute"]>>[number];

async function events(db: Db, id: string, includeInternal: boolean) {
  const rows = await db
    .select({
      at: pokirEvents.at,
      kind: pokirEvents.kind,
      from: pokirEvents.fromStatus,
      to: pokirEvents.toStatus,
      publicNote: pokirEvents.publicNote,
      internalNote: pokirEvents.internalNote,
      actor: users.name,
    })
    .from(pokirEvents)
    .leftJoin(users, eq(users.id, pokirEvents.actorId))
    .where(eq(pokirEvents.proposalId, id))
    .orderBy(asc(pokirEvents.at), asc(pokirEvents.id));
  return includeInternal
    ? rows
    : rows
        .filter((e) => e.kind === "status" || e.kind === "merge")
        .map((e) => ({ ...e, internalNote: null, actor: null }));
}

/** The public view by tracking code: status timeline with public notes only, no identity. */
export async function trackProposal(code: string, tx: Db = db) {
  const norm = normalizeTrackingCode(code);
  if (!norm?.startsWith("POK-")) return null;
  const rows = await proposalQuery(tx).where(eq(pokirProposals.trackingCode, norm));
  const p = rows[0];
  if (!p) return null;
  return {
    trackingCode: p.trackingCode,
    title: p.title,
    status: p.status,
    statusReason: p.status === "dikembalikan" || p.status === "ditolak" ? p.statusReason : null,
    outcomeReason: p.outcomeReason,
    kelurahan: p.kelurahan,
    kecamatan: p.kecamatan,
    periodName: p.periodName,
    adopterName: p.adopterName,
    createdAt: p.createdAt,
    timeline: await events(tx, p.id, false),
  };
}
export type PublicTracking = NonNullable<Awaited<ReturnType<typeof trackProposal>>>;

/** A proposal for a member of its dapil (verified or later), else 404. */
export async function getProposalForMember(actor: Actor | null, id: string, tx: Db = db) {
  const me = await requirePermission(actor, "inbox.read", tx);
  if (!isUuid(id)) throw errors.notFound("Usulan pokir");
  const rows = await proposalQuery(tx).where(eq(pokirProposals.id, id));
  const p = rows[0];
  if (!p || !canSeePokir(me, p)) throw errors.notFound("Usulan pokir");
  const [timeline, photos, endorsements, reses] = await Promise.all([
    events(tx, id, true),
    listAttachments({ type: POKIR_PHOTO_OWNER, id }, tx),
    endorsementsOf(id, tx),
    tx
      .select({ id: resesRecords.id, heldOn: resesRecords.heldOn, place: resesRecords.place })
      .from(resesRecords)
      .where(eq(resesRecords.memberId, me.id))
      .orderBy(desc(resesRecords.heldOn)),
    markInboxRead(me, "pokir", id, tx),
  ]);
  const period = await tx
    .select({ finalizedAt: pokirPeriods.finalizedAt })
    .from(pokirPeriods)
    .where(eq(pokirPeriods.id, p.periodId));
  return {
    ...p,
    proposerPhone: null,
    proposerEmail: null,
    timeline,
    photos,
    endorsements,
    myReses: reses,
    locked: Boolean(period[0]?.finalizedAt),
  };
}

/** A proposal for staff, with everything. */
export async function getProposalForStaff(actor: Actor | null, id: string, tx: Db = db) {
  await requirePermission(actor, "pokir.verify", tx);
  if (!isUuid(id)) throw errors.notFound("Usulan pokir");
  const rows = await proposalQuery(tx).where(eq(pokirProposals.id, id));
  if (!rows[0]) throw errors.notFound("Usulan pokir");
  const [timeline, photos, endorsements] = await Promise.all([
    events(tx, id, true),
    listAttachments({ type: POKIR_PHOTO_OWNER, id }, tx),
    endorsementsOf(id, tx),
  ]);
  return { ...rows[0], timeline, photos, endorsements };
}

export interface StaffListQuery {
  periodId?: number;
  status?: string;
  dapilId?: number;
  opdId?: number;
  bidangId?: number;
  q?: string;
  page?: number;
}

/** Staff list with filters and offset pages (the staff list is small per period). */
export async function listForStaff(actor: Actor | null, query: StaffListQuery, tx: Db = db) {
  await requirePermission(actor, "pokir.verify", tx);
  const conds: SQL[] = [];
  const q = query.q?.trim().slice(0, 100);
  const code = q ? normalizeTrackingCode(q) : null;
  // A tracking code names one proposal: find it in any period, not only the one on screen.
  if (query.periodId && !code) conds.push(eq(pokirProposals.periodId, query.periodId));
  if (query.status && (POKIR_STATUSES as readonly string[]).includes(query.status))
    conds.push(eq(pokirProposals.status, query.status as PokirStatus));
  if (query.dapilId) conds.push(eq(pokirProposals.dapilId, query.dapilId));
  if (query.opdId) conds.push(eq(pokirProposals.opdId, query.opdId));
  if (query.bidangId) conds.push(eq(pokirProposals.bidangId, query.bidangId));
  if (q) {
    const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conds.push(
      code
        ? eq(pokirProposals.trackingCode, code)
        : or(
            sql`${pokirProposals.searchVector} @@ websearch_to_tsquery('indonesian', ${q})`,
            ilike(pokirProposals.title, like),
            ilike(pokirProposals.trackingCode, like),
          )!,
    );
  }
  const where = conds.length ? and(...conds) : undefined;
  const page = Math.max(1, Math.floor(query.page ?? 1));
  const items = await proposalQuery(tx)
    .where(where)
    .orderBy(desc(pokirProposals.createdAt), desc(pokirProposals.id))
    .limit(25)
    .offset((page - 1) * 25);
  const [{ total }] = await tx
    .select({ total: sql<number>`count(*)::int` })
    .from(pokirProposals)
    .where(where);
  return { items, total, page, pageSize: 25 };
}

/** Ids for a filtered export or list, optionally for one status set. */
export async function proposalsForExport(
  filter: { periodId: number; dapilId?: number; memberId?: string; opdId?: number; statuses: PokirStatus[] },
  tx: Db = db,
) {
  const conds: SQL[] = [eq(pokirProposals.periodId, filter.periodId), inArray(pokirProposals.status, filter.statuses)];
  if (filter.dapilId) conds.push(eq(pokirProposals.dapilId, filter.dapilId));
  if (filter.memberId) conds.push(eq(pokirProposals.adoptedBy, filter.memberId));
  if (filter.opdId) conds.push(eq(pokirProposals.opdId, filter.opdId));
  return proposalQuery(tx)
    .where(and(...conds))
    .orderBy(asc(dapil.number), asc(adopter.name), asc(pokirProposals.createdAt));
}

/** Reference lists for forms: kelurahan with kecamatan, bidang, OPD. */
export async function pokirFormOptions(tx: Db = db) {
  const [kel, bidang, opd] = await Promise.all([
    tx
      .select({ id: kelurahan.id, name: kelurahan.name, kecamatan: kecamatan.name })
      .from(kelurahan)
      .innerJoin(kecamatan, eq(kecamatan.id, kelurahan.kecamatanId))
      .orderBy(asc(kecamatan.name), asc(kelurahan.name)),
    tx
      .select({ id: pokirBidang.id, name: pokirBidang.name, code: pokirBidang.code })
      .from(pokirBidang)
      .where(eq(pokirBidang.isActive, true))
      .orderBy(asc(pokirBidang.code)),
    tx
      .select({ id: pokirOpd.id, name: pokirOpd.name })
      .from(pokirOpd)
      .where(eq(pokirOpd.isActive, true))
      .orderBy(asc(pokirOpd.name)),
  ]);
  return { kelurahan: kel, bidang, opd };
}

/** Pokir proposals made from one aspiration (by its id or public tracking code): the link both ways. */
export async function pokirFromAspiration(
  by: { aspirationId?: string; aspirationCode?: string },
  tx: Db = db,
): Promise<{ id: string; trackingCode: string; status: PokirStatus }[]> {
  const where = by.aspirationId
    ? eq(pokirProposals.aspirationId, by.aspirationId)
    : sql`${pokirProposals.aspirationId} = (select id from aspirations where tracking_code = ${by.aspirationCode ?? ""})`;
  return tx
    .select({ id: pokirProposals.id, trackingCode: pokirProposals.trackingCode, status: pokirProposals.status })
    .from(pokirProposals)
    .where(where)
    .orderBy(asc(pokirProposals.createdAt));
}

/** Everything the staff list's filters and export choices need, with the period it opens on. */
export async function staffListOptions(actor: Actor | null, tx: Db = db) {
  await requirePermission(actor, "pokir.verify", tx);
  const [periods, current, form, dapilRows, members] = await Promise.all([
    listPeriods(tx),
    currentPeriodForStaff(undefined, tx),
    pokirFormOptions(tx),
    tx
      .select({ id: dapil.id, name: dapil.name })
      .from(dapil)
      .innerJoin(electionPeriods, and(eq(electionPeriods.id, dapil.periodId), eq(electionPeriods.isActive, true)))
      .orderBy(asc(dapil.number)),
    tx
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(and(eq(users.role, "member"), eq(users.isActive, true)))
      .orderBy(asc(users.name)),
  ]);
  return {
    periods,
    currentPeriodId: current?.id ?? periods[0]?.id,
    bidang: form.bidang,
    opd: form.opd,
    dapil: dapilRows,
    members,
  };
}
