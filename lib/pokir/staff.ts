import { and, desc, eq, ne, notInArray, sql } from "drizzle-orm";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { pokirProposals, users } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { errors } from "@/lib/errors";
import { randomToken, sha256Hex } from "@/lib/security/hash";
import { assertBidang, assertOpd, lockProposal, logEvent, setStatus } from "./common";
import { CORRECTION_LINK_DAYS, POKIR_STATUS_LABELS, SIPD_STATUSES, canTransition, type PokirStatus } from "./constants";
import { correctionUrl, notifyProposer } from "./notify";
import { classifySchema, mergeSchema, optionalNoteSchema, reasonSchema } from "./schema";
import { parseInput } from "@/lib/validation";

function assertCan(from: PokirStatus, to: PokirStatus) {
  if (!canTransition(from, to)) throw errors.conflict(`Usulan berstatus "${POKIR_STATUS_LABELS[from]}" tidak dapat diubah menjadi "${POKIR_STATUS_LABELS[to]}".`);
}

/**
 * Staff verify a proposal (complete and in scope). A member's own entry (reses, aspirasi) is adopted
 * by that member at the same time.
 */
export async function verifyProposal(db: Db, actor: Actor | null, id: string, input: unknown = {}) {
  const me = await requirePermission(actor, "pokir.verify", db);
  const data = parseInput(optionalNoteSchema, input);
  await db.transaction(async (tx) => {
    const p = await lockProposal(tx, id);
    assertCan(p.status, "diverifikasi");
    await setStatus(tx, me, p, "diverifikasi", { action: "pokir.verify", publicNote: "Usulan lengkap dan diteruskan ke anggota DPRD dapil.", internalNote: data.note });
    if (p.source !== "citizen" && p.createdBy && p.createdBy !== me.id) {
      const creator = await tx.select({ role: users.role }).from(users).where(eq(users.id, p.createdBy));
      if (creator[0]?.role === "member") {
        await setStatus(tx, null, { ...p, status: "diverifikasi" }, "diadopsi", {
          action: "pokir.adopt.own",
          publicNote: "Diadopsi oleh anggota DPRD yang mengusulkannya dari reses/aspirasi.",
          set: { adoptedBy: p.createdBy, adoptedAt: new Date() },
        });
      }
    }
    await notifyProposer(tx, p, "Usulan diverifikasi", "Usulan Anda sudah diverifikasi dan diteruskan ke anggota DPRD dapil Anda.");
  });
}

/** Return a proposal for correction with a reason; the proposer gets a one-time correction link. */
export async function returnProposal(db: Db, actor: Actor | null, id: string, input: unknown) {
  const me = await requirePermission(actor, "pokir.verify", db);
  const { reason } = parseInput(reasonSchema, input);
  return db.transaction(async (tx) => {
    const p = await lockProposal(tx, id);
    assertCan(p.status, "dikembalikan");
    if (p.adoptedBy) throw errors.conflict("Usulan yang sudah diadopsi tidak dapat dikembalikan.");
    const token = randomToken(24);
    await setStatus(tx, me, p, "dikembalikan", {
      action: "pokir.return",
      publicNote: reason,
      set: { statusReason: reason, correctionTokenHash: sha256Hex(token), correctionTokenExpiresAt: new Date(Date.now() + CORRECTION_LINK_DAYS * 86400_000) },
    });
    await notifyProposer(tx, p, "Usulan dikembalikan untuk diperbaiki", `Alasan: ${reason}\n\nPerbaiki usulan Anda melalui tautan berikut (berlaku ${CORRECTION_LINK_DAYS} hari, sekali pakai):\n${correctionUrl(p.trackingCode, token)}`);
    return { token };
  });
}

/** Reject a proposal with a reason (final: a rejected pokir cannot be fixed). */
export async function rejectProposal(db: Db, actor: Actor | null, id: string, input: unknown) {
  const me = await requirePermission(actor, "pokir.verify", db);
  const { reason } = parseInput(reasonSchema, input);
  await db.transaction(async (tx) => {
    const p = await lockProposal(tx, id);
    assertCan(p.status, "ditolak");
    if (p.adoptedBy) throw errors.conflict("Usulan yang sudah diadopsi tidak dapat ditolak.");
    await setStatus(tx, me, p, "ditolak", { action: "pokir.reject", publicNote: reason, set: { statusReason: reason, correctionTokenHash: null } });
    await notifyProposer(tx, p, "Usulan ditolak", `Alasan: ${reason}`);
  });
}

/** Staff set the bidang/urusan and the OPD (until the item is in SIPD). */
export async function classifyProposal(db: Db, actor: Actor | null, id: string, input: unknown) {
  const me = await requirePermission(actor, "pokir.verify", db);
  const data = parseInput(classifySchema, input);
  const defaultOpd = await assertBidang(db, data.bidangId);
  await assertOpd(db, data.opdId);
  await db.transaction(async (tx) => {
    const p = await lockProposal(tx, id);
    if (SIPD_STATUSES.includes(p.status) || p.status === "digabung" || p.status === "ditolak") throw errors.conflict("Bidang dan OPD usulan ini tidak dapat diubah lagi.");
    const next = { bidangId: data.bidangId ?? null, opdId: data.opdId ?? defaultOpd ?? null };
    await tx.update(pokirProposals).set({ ...next, updatedAt: new Date() }).where(eq(pokirProposals.id, id));
    await logEvent(tx, me, p, { kind: "edit", action: "pokir.classify", detail: { from: { bidangId: p.bidangId, opdId: p.opdId }, to: next } });
  });
}

/** Possible duplicates of a proposal: same period, similar title (pg_trgm), still open. */
export async function mergeSuggestions(db: Db, actor: Actor | null, id: string) {
  await requirePermission(actor, "pokir.verify", db);
  const rows = await db.select({ title: pokirProposals.title, periodId: pokirProposals.periodId }).from(pokirProposals).where(eq(pokirProposals.id, id));
  if (!rows[0]) throw errors.notFound("Usulan pokir");
  const sim = sql<number>`similarity(${pokirProposals.title}, ${rows[0].title})`;
  return db
    .select({ id: pokirProposals.id, trackingCode: pokirProposals.trackingCode, title: pokirProposals.title, status: pokirProposals.status, similarity: sim })
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
export async function mergeProposal(db: Db, actor: Actor | null, id: string, input: unknown) {
  const me = await requirePermission(actor, "pokir.verify", db);
  const data = parseInput(mergeSchema, input);
  if (data.targetId === id) throw errors.validation({ targetId: ["Usulan tidak dapat digabung dengan dirinya sendiri."] });
  await db.transaction(async (tx) => {
    // Lock in id order so two opposite merges cannot deadlock.
    const [a, b] = [id, data.targetId].sort();
    const first = await lockProposal(tx, a);
    const second = await lockProposal(tx, b);
    const [p, target] = first.id === id ? [first, second] : [second, first];
    assertCan(p.status, "digabung");
    if (p.adoptedBy) throw errors.conflict("Usulan yang sudah diadopsi tidak dapat digabung.");
    if (target.periodId !== p.periodId) throw errors.validation({ targetId: ["Usulan tujuan berada di periode lain."] });
    if (["ditolak", "digabung"].includes(target.status)) throw errors.validation({ targetId: ["Usulan tujuan sudah ditolak atau digabung."] });
    await setStatus(tx, me, p, "digabung", {
      action: "pokir.merge",
      publicNote: `Digabung dengan usulan ${target.trackingCode} yang sama isinya.`,
      internalNote: data.reason,
      set: { mergedIntoId: target.id },
    });
    await logEvent(tx, me, target, { kind: "merge", action: "pokir.merge.target", publicNote: `Usulan ${p.trackingCode} digabungkan ke usulan ini.`, detail: { source: p.id } });
    await notifyProposer(tx, p, "Usulan digabung", `Usulan Anda digabung dengan usulan ${target.trackingCode} yang sama isinya; tindak lanjutnya mengikuti usulan tersebut.`);
  });
}
