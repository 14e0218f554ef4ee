import "server-only";
import { and, eq, gt } from "drizzle-orm";
import type { IncomingFile } from "@/lib/attachments/service";
import { prepareFiles, saveAttachments } from "@/lib/attachments/service";
import { pokirProposals, pokirVersions } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { errors } from "@/lib/errors";
import { hitRateLimit } from "@/lib/rate-limit/service";
import { randomToken, safeEqual, sha256Hex } from "@/lib/security/hash";
import { normalizeTrackingCode } from "@/lib/tracking/code";
import { assertBidang, locateKelurahan, logEvent, setStatus } from "./proposal-store";
import { CORRECTION_LINK_DAYS, MAX_PHOTOS, POKIR_PHOTO_OWNER } from "./constants";
import { correctionUrl, notifyProposer } from "./notify";
import { proposalContentSchema } from "./schema";
import { listAttachments } from "@/lib/attachments/service";
import { parseInput } from "@/lib/validation";

const VERSIONED = [
  "title",
  "masalah",
  "usulan",
  "kelurahanId",
  "rt",
  "rw",
  "address",
  "latitude",
  "longitude",
  "bidangId",
  "volume",
  "unit",
  "estimatedCost",
  "priority",
] as const;

async function byCode(db: Db, code: string) {
  const norm = normalizeTrackingCode(code);
  if (!norm) throw errors.notFound("Usulan pokir");
  const rows = await db.select().from(pokirProposals).where(eq(pokirProposals.trackingCode, norm));
  if (!rows[0]) throw errors.notFound("Usulan pokir");
  return rows[0];
}

/** Check a correction link (code + token) without using it; returns the proposal's content. */
export async function openCorrection(code: string, token: string, tx: Db = db) {
  const p = await byCode(tx, code);
  if (
    p.status !== "dikembalikan" ||
    !p.correctionTokenHash ||
    !p.correctionTokenExpiresAt ||
    p.correctionTokenExpiresAt < new Date() ||
    !safeEqual(p.correctionTokenHash, sha256Hex(token))
  ) {
    throw errors.notFound("Tautan perbaikan (sudah dipakai, kedaluwarsa, atau tidak sah)");
  }
  return p;
}

/**
 * The proposer fixes a returned proposal through the one-time link: the old content is kept as a
 * version, the link is used up, and the proposal goes back to diajukan for verification.
 */
export async function correctProposal(
  code: string,
  token: string,
  input: unknown,
  files: (File | IncomingFile)[] = [],
  tx: Db = db,
) {
  const p0 = await openCorrection(code, token, tx);
  const data = parseInput(proposalContentSchema, input);
  const loc = await locateKelurahan(data.kelurahanId, undefined, tx);
  await assertBidang(data.bidangId, tx);
  const added = await prepareFiles(files, { max: MAX_PHOTOS, allowed: ["image"], field: "photos" });
  const existing = await listAttachments({ type: POKIR_PHOTO_OWNER, id: p0.id }, tx);
  if (existing.length + added.length === 0)
    throw errors.validation({ photos: ["Lampirkan minimal satu foto lokasi."] });
  await tx.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(pokirProposals)
      .where(
        and(
          eq(pokirProposals.id, p0.id),
          eq(pokirProposals.correctionTokenHash, p0.correctionTokenHash!),
          gt(pokirProposals.correctionTokenExpiresAt, new Date()),
        ),
      )
      .for("update");
    const p = rows[0];
    if (!p || p.status !== "dikembalikan") throw errors.conflict("Tautan perbaikan sudah dipakai.");
    const snapshot = Object.fromEntries(VERSIONED.map((k) => [k, p[k]]));
    await tx.insert(pokirVersions).values({ proposalId: p.id, version: p.version, data: snapshot });
    await setStatus(
      null,
      p,
      "diajukan",
      {
        action: "pokir.correct",
        publicNote: `Usulan diperbaiki oleh pengusul (versi ${p.version + 1}) dan menunggu verifikasi ulang.`,
        set: {
          ...data,
          rw: data.rw ?? null,
          latitude: data.latitude ?? null,
          longitude: data.longitude ?? null,
          bidangId: data.bidangId ?? null,
          estimatedCost: data.estimatedCost === undefined ? null : Math.round(data.estimatedCost),
          volume: data.volume!,
          kecamatanId: loc.kecamatanId,
          dapilId: loc.dapilId,
          version: p.version + 1,
          correctionTokenHash: null,
          correctionTokenExpiresAt: null,
          statusReason: null,
        },
      },
      tx,
    );
    await saveAttachments({ type: POKIR_PHOTO_OWNER, id: p.id }, added, null, tx);
  });
}

/** Send a fresh correction link to the proposer's contact (rate-limited; says nothing about the contact). */
export async function resendCorrectionLink(code: string, tx: Db = db) {
  const p = await byCode(tx, code);
  const rl = await hitRateLimit(`pokir-correction:${p.id}`, 3, 3600, tx);
  if (!rl.allowed) throw errors.rateLimited(rl.retryAfter);
  if (p.status !== "dikembalikan") throw errors.conflict("Usulan ini tidak sedang dikembalikan untuk diperbaiki.");
  const token = randomToken(24);
  await tx.transaction(async (tx) => {
    await tx
      .update(pokirProposals)
      .set({
        correctionTokenHash: sha256Hex(token),
        correctionTokenExpiresAt: new Date(Date.now() + CORRECTION_LINK_DAYS * 86400_000),
      })
      .where(eq(pokirProposals.id, p.id));
    await logEvent(null, p, { kind: "correction", action: "pokir.correction.link", actorLabel: "pengusul" }, tx);
    await notifyProposer(
      p,
      "Tautan perbaikan usulan",
      `Perbaiki usulan Anda melalui tautan berikut (berlaku ${CORRECTION_LINK_DAYS} hari, sekali pakai):\n${correctionUrl(p.trackingCode, token)}`,
      tx,
    );
  });
}
