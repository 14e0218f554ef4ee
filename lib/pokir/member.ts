import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { pokirEndorsements, pokirPeriods, pokirProposals, resesRecords, users } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { errors } from "@/lib/errors";
import { lockProposal, logEvent, setStatus, type ProposalRow } from "./proposal-store";
import { notifyProposer } from "./notify";
import { noteSchema } from "./schema";
import { canSeePokir } from "./policy";
import { isUuid, parseInput } from "@/lib/validation";

/** Load a proposal the member may see, or 404 (never 403: existence is not revealed). */
async function visibleProposal(tx: Db, me: Actor, id: string): Promise<ProposalRow> {
  const p = await lockProposal(id, tx).catch(() => null);
  if (!p || !canSeePokir(me, p)) throw errors.notFound("Usulan pokir");
  return p;
}

/** The period's row, shared-locked so finalisation (which takes it exclusively) waits for us. */
async function assertMembersUnlocked(tx: Db, periodId: number) {
  const rows = await tx
    .select({ finalizedAt: pokirPeriods.finalizedAt })
    .from(pokirPeriods)
    .where(eq(pokirPeriods.id, periodId))
    .for("share");
  if (rows[0]?.finalizedAt) throw errors.conflict("Daftar pokir periode ini sudah difinalisasi dan dikunci.");
}

/**
 * Adopt a verified pokir of the member's dapil. One conditional UPDATE decides: of two members
 * adopting at once exactly one wins; the other is told who adopted it and may endorse instead.
 */
export async function adoptProposal(actor: Actor | null, id: string, tx: Db = db) {
  const me = await requirePermission(actor, "pokir.adopt", tx);
  await tx.transaction(async (tx) => {
    const seen = isUuid(id) ? await tx.select().from(pokirProposals).where(eq(pokirProposals.id, id)) : [];
    const p0 = seen[0];
    if (!p0 || !canSeePokir(me, p0)) throw errors.notFound("Usulan pokir");
    await assertMembersUnlocked(tx, p0.periodId);
    const won = await tx
      .update(pokirProposals)
      .set({ status: "diadopsi", adoptedBy: me.id, adoptedAt: new Date(), updatedAt: new Date() })
      .where(
        and(eq(pokirProposals.id, id), eq(pokirProposals.status, "diverifikasi"), isNull(pokirProposals.adoptedBy)),
      )
      .returning();
    if (!won[0]) {
      const cur = await tx
        .select({ adoptedBy: pokirProposals.adoptedBy, name: users.name })
        .from(pokirProposals)
        .leftJoin(users, eq(users.id, pokirProposals.adoptedBy))
        .where(eq(pokirProposals.id, id));
      if (cur[0]?.adoptedBy === me.id) throw errors.conflict("Anda sudah mengadopsi usulan ini.");
      if (cur[0]?.adoptedBy)
        throw errors.conflict(`Usulan ini sudah diadopsi oleh ${cur[0].name}. Anda dapat memberi dukungan.`);
      throw errors.conflict("Usulan ini belum dapat diadopsi (belum diverifikasi atau sudah diproses).");
    }
    await logEvent(
      me,
      p0,
      {
        kind: "status",
        action: "pokir.adopt",
        from: "diverifikasi",
        to: "diadopsi",
        publicNote: `Diadopsi oleh ${me.name}, anggota DPRD dapil Anda.`,
      },
      tx,
    );
    await notifyProposer(
      p0,
      "Usulan diadopsi anggota DPRD",
      `Usulan Anda diadopsi oleh ${me.name} menjadi pokok-pokok pikiran DPRD.`,
      tx,
    );
  });
}

/** The adopter releases the item before finalisation (back to diverifikasi, open to others). */
export async function releaseProposal(actor: Actor | null, id: string, tx: Db = db) {
  const me = await requirePermission(actor, "pokir.adopt", tx);
  await tx.transaction(async (tx) => {
    const p = await visibleProposal(tx, me, id);
    if (p.status !== "diadopsi" || p.adoptedBy !== me.id)
      throw errors.conflict("Hanya pengadopsi yang dapat melepas usulan yang berstatus diadopsi.");
    await assertMembersUnlocked(tx, p.periodId);
    await setStatus(
      me,
      p,
      "diverifikasi",
      {
        action: "pokir.release",
        publicNote: "Adopsi dilepas; usulan terbuka kembali untuk anggota dapil.",
        set: { adoptedBy: null, adoptedAt: null },
      },
      tx,
    );
  });
}

/** Another member of the dapil endorses a pokir (idempotent). */
export async function endorseProposal(actor: Actor | null, id: string, tx: Db = db) {
  const me = await requirePermission(actor, "pokir.adopt", tx);
  await tx.transaction(async (tx) => {
    const p = await visibleProposal(tx, me, id);
    if (p.adoptedBy === me.id) throw errors.conflict("Anda adalah pengadopsi usulan ini.");
    if (!["diverifikasi", "diadopsi"].includes(p.status))
      throw errors.conflict("Usulan ini tidak lagi menerima dukungan.");
    await assertMembersUnlocked(tx, p.periodId);
    const ins = await tx
      .insert(pokirEndorsements)
      .values({ proposalId: id, memberId: me.id })
      .onConflictDoNothing()
      .returning();
    if (ins[0])
      await logEvent(
        me,
        p,
        { kind: "endorse", action: "pokir.endorse", internalNote: `Didukung oleh ${me.name}.` },
        tx,
      );
  });
}

/** A member's internal note on a pokir of their dapil. */
export async function addMemberNote(actor: Actor | null, id: string, input: unknown, tx: Db = db) {
  const me = await requirePermission(actor, "pokir.adopt", tx);
  const { note } = parseInput(noteSchema, input);
  await tx.transaction(async (tx) => {
    const p = await visibleProposal(tx, me, id);
    await logEvent(me, p, { kind: "note", action: "pokir.note", internalNote: note }, tx);
  });
}

/** The adopter links the pokir to one of their reses records. */
export async function attachToReses(actor: Actor | null, id: string, input: unknown, tx: Db = db) {
  const me = await requirePermission(actor, "reses.manage", tx);
  const resesId = String((input as { resesId?: unknown })?.resesId ?? "");
  await tx.transaction(async (tx) => {
    const p = await visibleProposal(tx, me, id);
    if (p.adoptedBy !== me.id) throw errors.conflict("Hanya pengadopsi yang dapat menautkan usulan ke catatan reses.");
    const r = isUuid(resesId)
      ? await tx
          .select({ id: resesRecords.id })
          .from(resesRecords)
          .where(and(eq(resesRecords.id, resesId), eq(resesRecords.memberId, me.id)))
      : [];
    if (!r[0]) throw errors.validation({ resesId: ["Pilih salah satu catatan reses Anda."] });
    await tx.update(pokirProposals).set({ resesId, updatedAt: new Date() }).where(eq(pokirProposals.id, id));
    await logEvent(me, p, { kind: "reses", action: "pokir.reses.attach", detail: { resesId } }, tx);
  });
}

/** Whether a member endorsed a proposal, and the endorsers' names. */
export async function endorsementsOf(id: string, tx: Db = db) {
  return tx
    .select({ memberId: pokirEndorsements.memberId, name: users.name, at: pokirEndorsements.createdAt })
    .from(pokirEndorsements)
    .innerJoin(users, eq(users.id, pokirEndorsements.memberId))
    .where(eq(pokirEndorsements.proposalId, id))
    .orderBy(sql`${pokirEndorsements.createdAt}`);
}
