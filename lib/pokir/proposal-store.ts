import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { writeAudit } from "@/lib/audit/service";
import type { Actor } from "@/lib/auth/roles";
import { kelurahanArea } from "@/lib/areas/dapil";
import { pokirBidang, pokirEvents, pokirOpd, pokirProposals } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { errors } from "@/lib/errors";
import { assertNoConfidentialCode } from "@/lib/aspirations/confidential";
import type { PokirStatus } from "./constants";

/** A kelurahan with its kecamatan and dapil (the rule in `lib/areas/dapil.ts`); 422 when unknown. */
export async function locateKelurahan(kelurahanId: number, field = "kelurahanId", tx: Db = db) {
  const row = await kelurahanArea(kelurahanId, undefined, tx);
  if (!row) throw errors.validation({ [field]: ["Kelurahan tidak ditemukan. Pilih dari daftar."] });
  return row;
}

/** The bidang must exist; returns its default OPD. */
export async function assertBidang(bidangId: number | undefined, tx: Db = db): Promise<number | null> {
  if (!bidangId) return null;
  const rows = await tx
    .select({ isActive: pokirBidang.isActive, opd: pokirBidang.defaultOpdId, opdActive: pokirOpd.isActive })
    .from(pokirBidang)
    .leftJoin(pokirOpd, eq(pokirOpd.id, pokirBidang.defaultOpdId))
    .where(eq(pokirBidang.id, bidangId));
  if (!rows[0]) throw errors.validation({ bidangId: ["Bidang tidak ditemukan. Pilih dari daftar."] });
  if (!rows[0].isActive)
    throw errors.validation({ bidangId: ["Bidang ini sudah tidak aktif. Pilih bidang lain dari daftar."] });
  // A retired OPD is never assigned, not even as a bidang's default.
  return rows[0].opdActive ? rows[0].opd : null;
}

/** The OPD must exist and be active. */
export async function assertOpd(opdId: number | undefined, tx: Db = db): Promise<void> {
  if (!opdId) return;
  const rows = await tx.select({ isActive: pokirOpd.isActive }).from(pokirOpd).where(eq(pokirOpd.id, opdId));
  if (!rows[0]) throw errors.validation({ opdId: ["OPD tidak ditemukan. Pilih dari daftar."] });
  if (!rows[0].isActive)
    throw errors.validation({ opdId: ["OPD ini sudah tidak aktif. Pilih OPD lain dari daftar atau kosongkan."] });
}

export type ProposalRow = typeof pokirProposals.$inferSelect;

/** Lock and load a proposal inside a transaction (404 when absent or the id is malformed). */
export async function lockProposal(id: string, tx: Db = db): Promise<ProposalRow> {
  if (!z.uuid().safeParse(id).success) throw errors.notFound("Usulan pokir");
  const rows = await tx.select().from(pokirProposals).where(eq(pokirProposals.id, id)).for("update");
  if (!rows[0]) throw errors.notFound("Usulan pokir");
  return rows[0];
}

/** Append a timeline event and the matching audit entry (same transaction). */
export async function logEvent(
  actor: Actor | null,
  p: { id: string },
  e: {
    kind: string;
    action: string;
    from?: PokirStatus;
    to?: PokirStatus;
    publicNote?: string | null;
    internalNote?: string | null;
    detail?: Record<string, unknown>;
    actorLabel?: string;
  },
  tx: Db = db,
) {
  // Pokir timelines are public: a note must not publish a confidential aspiration's code.
  await assertNoConfidentialCode(e.publicNote, "publicNote", undefined, tx);
  await tx.insert(pokirEvents).values({
    proposalId: p.id,
    actorId: actor?.id ?? null,
    kind: e.kind,
    fromStatus: e.from ?? null,
    toStatus: e.to ?? null,
    publicNote: e.publicNote ?? null,
    internalNote: e.internalNote ?? null,
  });
  await writeAudit(
    {
      actor,
      actorLabel: actor ? undefined : (e.actorLabel ?? "pengusul"),
      action: e.action,
      entityType: "pokir",
      entityId: p.id,
      detail: { ...(e.from ? { from: e.from } : {}), ...(e.to ? { to: e.to } : {}), ...e.detail },
    },
    tx,
  );
}

/** Change status with a guarded UPDATE (only from the expected status) plus event and audit. */
export async function setStatus(
  actor: Actor | null,
  p: ProposalRow,
  to: PokirStatus,
  opts: {
    action: string;
    publicNote?: string | null;
    internalNote?: string | null;
    set?: Partial<typeof pokirProposals.$inferInsert>;
  },
  tx: Db = db,
) {
  const rows = await tx
    .update(pokirProposals)
    .set({ status: to, updatedAt: new Date(), ...opts.set })
    .where(and(eq(pokirProposals.id, p.id), eq(pokirProposals.status, p.status)))
    .returning({ id: pokirProposals.id });
  if (!rows[0]) throw errors.conflict("Status usulan sudah berubah. Muat ulang halaman.");
  await logEvent(
    actor,
    p,
    {
      kind: "status",
      action: opts.action,
      from: p.status,
      to,
      publicNote: opts.publicNote,
      internalNote: opts.internalNote,
    },
    tx,
  );
}
