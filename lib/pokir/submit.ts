import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { prepareFiles, saveAttachments, type IncomingFile, type PreparedFile } from "@/lib/attachments/service";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { aspirations, pokirProposals, resesRecords } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { errors } from "@/lib/errors";
import { newTrackingCode } from "@/lib/tracking/code";
import { isComplete } from "./checklist";
import { assertBidang, assertOpd, locateKelurahan, logEvent } from "./proposal-store";
import { MAX_PHOTOS, POKIR_PHOTO_OWNER, type PokirSource } from "./constants";
import { notifyProposer } from "./notify";
import { requireOpenPeriod } from "./periods";
import { memberProposalSchema, publicProposalSchema, proposalContentSchema } from "./schema";
import { canSeeAspiration } from "@/lib/aspirations/policy";
import type { z } from "zod";
import { parseInput } from "@/lib/validation";

type Content = z.output<typeof proposalContentSchema>;

async function photos(files: (File | IncomingFile)[]): Promise<PreparedFile[]> {
  const prepared = await prepareFiles(files, { max: MAX_PHOTOS, allowed: ["image"], field: "photos" });
  if (prepared.length === 0)
    throw errors.validation(
      { photos: ["Lampirkan minimal satu foto lokasi (JPG, PNG atau WebP)."] },
      "Usulan belum lengkap: foto lokasi wajib dilampirkan.",
    );
  return prepared;
}

/** Insert a checked proposal with its photos in one transaction. */
async function insertProposal(
  db: Db,
  actor: Actor | null,
  data: Content & {
    opdId?: number;
    proposerName: string;
    proposerGroup?: string;
    proposerPhone?: string;
    proposerEmail?: string;
    consent?: boolean;
  },
  prepared: PreparedFile[],
  extra: { source: PokirSource; resesId?: string; aspirationId?: string; now?: Date; requireDapil?: number | null },
) {
  const period = await requireOpenPeriod(extra.now, db);
  const loc = await locateKelurahan(data.kelurahanId, undefined, db);
  if (extra.requireDapil !== undefined && loc.dapilId !== extra.requireDapil) {
    throw errors.validation({ kelurahanId: ["Kelurahan ini di luar dapil Anda."] });
  }
  const defaultOpd = await assertBidang(data.bidangId, db);
  await assertOpd(data.opdId, db);
  if (!isComplete({ ...data, photoCount: prepared.length }))
    throw errors.validation({ _form: ["Usulan belum lengkap."] });
  const id = randomUUID();
  const trackingCode = newTrackingCode("POK");
  await db.transaction(async (tx) => {
    await tx.insert(pokirProposals).values({
      id,
      trackingCode,
      periodId: period.id,
      source: extra.source,
      resesId: extra.resesId ?? null,
      aspirationId: extra.aspirationId ?? null,
      proposerName: data.proposerName,
      proposerGroup: data.proposerGroup ?? null,
      proposerPhone: data.proposerPhone ?? null,
      proposerEmail: data.proposerEmail ?? null,
      consentAt: data.consent ? new Date() : null,
      title: data.title,
      masalah: data.masalah,
      usulan: data.usulan,
      kecamatanId: loc.kecamatanId,
      kelurahanId: loc.kelurahanId,
      dapilId: loc.dapilId,
      rt: data.rt,
      rw: data.rw ?? null,
      address: data.address,
      latitude: data.latitude ?? null,
      longitude: data.longitude ?? null,
      bidangId: data.bidangId ?? null,
      opdId: data.opdId ?? defaultOpd,
      volume: data.volume!,
      unit: data.unit,
      estimatedCost: data.estimatedCost === undefined ? null : Math.round(data.estimatedCost),
      priority: data.priority,
      createdBy: actor?.id ?? null,
    });
    await saveAttachments({ type: POKIR_PHOTO_OWNER, id }, prepared, actor?.id, tx);
    await logEvent(
      actor,
      { id },
      {
        kind: "status",
        action: "pokir.submit",
        to: "diajukan",
        publicNote: "Usulan diterima dan menunggu verifikasi Sekretariat DPRD.",
        detail: { source: extra.source },
      },
      tx,
    );
    await notifyProposer(
      {
        id,
        trackingCode,
        title: data.title,
        proposerEmail: data.proposerEmail ?? null,
        proposerPhone: data.proposerPhone ?? null,
      },
      "Usulan pokir diterima",
      `Simpan kode lacak ${trackingCode}. Sekretariat DPRD akan memeriksa kelengkapan usulan Anda.`,
      tx,
    );
  });
  return { id, trackingCode };
}

/** A citizen's proposal through the public form or API (only while a period is open). */
export async function submitPublicProposal(
  actor: Actor | null,
  input: unknown,
  files: (File | IncomingFile)[],
  opts: { now?: Date } = {},
  tx: Db = db,
) {
  const data = parseInput(publicProposalSchema, input);
  const prepared = await photos(files);
  return insertProposal(tx, actor, data, prepared, { source: "citizen", now: opts.now });
}

/** A member's own entry, from a reses record (source reses) or directly. */
export async function createMemberProposal(
  actor: Actor | null,
  input: unknown,
  files: (File | IncomingFile)[],
  opts: { resesId?: string; now?: Date } = {},
  tx: Db = db,
) {
  const me = await requirePermission(actor, "reses.manage", tx);
  const data = parseInput(memberProposalSchema, input);
  if (opts.resesId) {
    const r = await tx
      .select({ id: resesRecords.id })
      .from(resesRecords)
      .where(and(eq(resesRecords.id, opts.resesId), eq(resesRecords.memberId, me.id)));
    if (!r[0]) throw errors.notFound("Catatan reses");
  }
  const prepared = await photos(files);
  return insertProposal(tx, me, { ...data, proposerName: data.proposerName ?? `Hasil reses ${me.name}` }, prepared, {
    source: "reses",
    resesId: opts.resesId,
    now: opts.now,
    requireDapil: me.dapilId,
  });
}

/**
 * Turn an aspiration the member may see into a pokir proposal (source aspirasi), linked to it.
 * The member enters the SIPD details (volume, unit, address, photo) the aspiration lacks.
 */
export async function createPokirFromAspiration(
  actor: Actor | null,
  aspirationId: string,
  input: unknown,
  files: (File | IncomingFile)[] = [],
  opts: { now?: Date } = {},
  tx: Db = db,
) {
  const me = await requirePermission(actor, "pokir.adopt", tx);
  const rows = await tx.select().from(aspirations).where(eq(aspirations.id, aspirationId)).limit(1);
  if (!rows[0] || !canSeeAspiration(me, rows[0])) throw errors.notFound("Aspirasi");
  const data = parseInput(memberProposalSchema, input);
  const prepared = await photos(files);
  const a = rows[0];
  return insertProposal(
    tx,
    me,
    {
      ...data,
      proposerName:
        data.proposerName ??
        (a.isAnonymous
          ? "Warga (aspirasi anonim)"
          : a.isConfidential
            ? "Warga (aspirasi rahasia)"
            : (a.reporterName ?? "Warga")),
      proposerPhone: undefined,
      proposerEmail: undefined,
    },
    prepared,
    { source: "aspirasi", aspirationId: a.id, now: opts.now, requireDapil: me.dapilId },
  );
}
