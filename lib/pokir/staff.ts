import "server-only";
import { and, desc, eq, ne, notInArray, sql } from "drizzle-orm";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { pokirProposals, users } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { errors } from "@/lib/errors";
import { randomToken, sha256Hex } from "@/lib/security/hash";
import { assertBidang, assertOpd, lockProposal, logEvent, setStatus } from "./proposal-store";
import { CORRECTION_LINK_DAYS, POKIR_STATUS_LABELS, SIPD_STATUSES, canTransition, type PokirStatus } from "./constants";
import { correctionUrl, notifyProposer } from "./notify";
import { classifySchema, mergeSchema, optionalNoteSchema, reasonSchema } from "./schema";
import { parseInput } from "@/lib/validation";

function assertCan(from: PokirStatus, to: PokirStatus) {
  if (!canTransition(from, to))
    throw errors.conflict(
      `Usulan berstatus "${POKIR_STATUS_LABELS[from]}" tidak dapat diubah menjadi "${POKIR_STATUS_LABELS[to]}".`,
    );
}

/**
 * Staff verify a proposal (complete and in scope). A member's own entry (reses, aspirasi) is adopted
 * by that member at the same time.
 */
export async function verifyProposal(actor: Actor | null, id: string, input: unknown = {}, tx: Db = db) {
  const me = await requirePermission(actor, "pokir.verify", tx);
  const data = parseInput(optionalNoteSchema, input);
  await tx.transaction(async (tx) => {
    const p = await lockProposal(id, tx);
    assertCan(p.status, "diverifikasi");
    await setStatus(
      me,
      p,
      "diverifikasi",
      {
        action: "pokir.verify",
        publicNote: "Usulan lengkap dan diteruskan ke anggota DPRD dapil.",
        internalNote: data.note,
      },
      tx,
    );
    if (p.source !== "citizen" && p.createdBy && p.createdBy !== me.id) {
      const creator = await tx.select({ role: users.role }).from(users).where(eq(users.id, p.createdBy));
      if (creator[0]?.role === "member") {
        await setStatus(
          null,
          { ...p, status: "diverifikasi" },
          "diadopsi",
          {
            action: "pokir.adopt.own",
            publicNote: "Diadopsi oleh anggota DPRD yang mengusulkannya dari reses/aspirasi.",
            set: { adoptedBy: p.createdBy, adoptedAt: new Date() },
          },
          tx,
        );
      }
    }
    await notifyProposer(
      p,
      "Usulan diverifikasi",
      "Usulan Anda sudah diverifikasi dan diteruskan ke anggota DPRD dapil Anda.",
      tx,
    );
  });
}

/** Return a proposal for correction with a reason; the proposer gets a one-time correction link. */
export async function returnProposal(actor: Actor | null, id: string, input: unknown, tx: Db = db) {
  const me = await requirePermission(actor, "pokir.verify", tx);
  const { reason } = parseInput(reasonSchema, input);
  return tx.transaction(async (tx) => {
    const p = await lockProposal(id, tx);
    assertCan(p.status, "dikembalikan");
    if (p.adoptedBy) throw errors.conflict("Usulan yang sudah diadopsi tidak dapat dikembalikan.");
    const token = randomToken(24);
    await setStatus(
      me,
      p,
      "dikembalikan",
      {
        action: "pokir.return",
        publicNote: reason,
        set: {
          statusReason: reason,
          correctionTokenHash: sha256Hex(token),
          correctionTokenExpiresAt: new Date(Date.now() + CORRECTION_LINK_DAYS * 86400_000),
        },
      },
      tx,
    );
    await notifyProposer(
      p,
      "Usulan dikembalikan untuk diperbaiki",
      `Alasan: ${reason}\n\nPerbaiki usulan Anda melalui tautan berikut (berlaku ${CORRECTION_LINK_DAYS} hari, sekali pakai):\n${correctionUrl(p.trackingCode, token)}`,
      tx,
    );
    return { token };
  });
}

/** Reject a proposal with a reason (final: a rejected pokir cannot be fixed). */
export async function rejectProposal(actor: Actor | null, id: string, input: unknown, tx: Db = db) {
  const me = await requirePermission(actor, "pokir.verify", tx);
  const { reason } = parseInput(reasonSchema, input);
  await tx.transaction(async (tx) => {
    const p = await lockProposal(id, tx);
    assertCan(p.status, "ditolak");
    if (p.adoptedBy) throw errors.conflict("Usulan yang sudah diadopsi tidak dapat ditolak.");
    await setStatus(
      me,
      p,
      "ditolak",
      { action: "pokir.reject", publicNote: reason, set: { statusReason: reason, correctionTokenHash: null } },
      tx,
    );
    await notifyProposer(p, "Usulan ditolak", `Alasan: ${reason}`, tx);
  });
}

/** Staff set the bidang/urusan and the OPD (until the item is in SIPD). */
export async function classifyProposal(actor: Actor | null, id: string, input: unknown, tx: Db = db) {
  const me = await requirePermission(actor, "pokir.verify", tx);
  const data = parseInput(classifySchema, input);
  const defaultOpd = await assertBidang(data.bidangId, tx);
  await assertOpd(data.opdId, tx);
  await tx.transaction(async (tx) => {
    const p = await lockProposal(id, tx);
    if (SIPD_STATUSES.includes(p.status) || p.status === "digabung" || p.status === "ditolak")
      throw errors.conflict("Bidang dan OPD usulan ini tidak dapat diubah lagi.");
    const next = { bidangId: data.bidangId ?? null, opdId: data.opdId ?? defaultOpd ?? null };
    await tx
      .update(pokirProposals)
      .set({ ...next, updatedAt: new Date() })
      .where(eq(pokirProposals.id, id));
    await logEvent(
      me,
      p,
      { kind: "edit", action: "pokir.classify", detail: { from: { bidangId: p.bidangId, opdId: p.opdId }, to: next } },
      tx,
    );
  });
}

/** Possible duplicates of a proposal: same period, similar title (pg_trgm), still open. */
export async function mergeSuggestions(actor: Actor | null, id: string, tx: Db = db) {
  await requirePermission(actor, "pokir.verify", tx);
  const rows = await tx
    .select({ title: pokirProposals.title, periodId: pokirProposals.periodId })
    .from(pokirProposals)
    .where(eq(pokirProposals.id, id));
  if (!rows[0]) throw errors.notFound("Usulan pokir");
  const sim = sql<number>`similarity(${pokirProposals.title}, ${rows[0].title})`;
  return tx
    .select({
      id: pokirProposals.id,
      trackingCode: pokirProposals.trackingCode,
      title: pokirProposals.title,
      status: pokirProposals.status,
      similarity: sim,
    })
    .from(pokirProposals)
    .where(
      and(
        eq(pokirProposals.periodId, rows[0].periodId),
        ne(pokirProposals.id, id),
        notInArray(pokirProposals.status, ["ditolak", "digabung"]),
        sql`${pokirProposals.title} % ${rows[0].title}`,
      ),
    )
    .orderBy(desc(sim))
    .limit(5);
}

/** Merge a duplicate into another proposal of the same period (the duplicate becomes digabung). */
export async function mergeProposal(actor: Actor | null, id: string, input: unknown, tx: Db = db) {
  const me = await requirePermission(actor, "pokir.verify", tx);
  const data = parseInput(mergeSchema, input);
  if (data.targetId === id)
    throw errors.validation({ targetId: ["Usulan tidak dapat digabung dengan dirinya sendiri."] });
  await tx.transaction(async (tx) => {
    // Lock in id order so two opposite merges cannot deadlock.
    const [a, b] = [id, data.targetId].sort();
    const first = await lockProposal(a, tx);
    const second = await lockProposal(b, tx);
    const [p, target] = first.id === id ? [first, second] : [second, first];
    assertCan(p.status, "digabung");
    if (p.adoptedBy) throw errors.conflict("Usulan yang sudah diadopsi tidak dapat digabung.");
    if (target.periodId !== p.periodId)
      throw errors.validation({ targetId: ["Usulan tujuan berada di periode lain."] });
    if (["ditolak", "digabung"].includes(target.status))
      throw errors.validation({ targetId: ["Usulan tujuan sudah ditolak atau digabung."] });
    await setStatus(
      me,
      p,
      "digabung",
      {
        action: "pokir.merge",
        publicNote: `Digabung dengan usulan ${target.trackingCode} yang sama isinya.`,
        internalNote: data.reason,
        set: { mergedIntoId: target.id },
      },
      tx,
    );
    await logEvent(
      me,
      target,
      {
        kind: "merge",
        action: "pokir.merge.target",
        publicNote: `Usulan ${p.trackingCode} digabungkan ke usulan ini.`,
        detail: { source: p.id },
      },
      tx,
    );
    await notifyProposer(
      p,
      "Usulan digabung",
      `Usulan Anda digabung dengan usulan ${target.trackingCode} yang sama isinya; tindak lanjutnya mengikuti usulan tersebut.`,
      tx,
    );
  });
}
