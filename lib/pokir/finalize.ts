import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { writeAudit } from "@/lib/audit/service";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { pokirPeriods, pokirProposals } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { errors } from "@/lib/errors";
import { lockProposal, setStatus } from "./proposal-store";
import { POKIR_STATUS_LABELS, type PokirStatus } from "./constants";
import { notifyProposer } from "./notify";
import { outcomeSchema } from "./schema";
import { isIntId, parseInput } from "@/lib/validation";

async function lockPeriod(tx: Db, periodId: number) {
  const rows = isIntId(periodId)
    ? await tx.select().from(pokirPeriods).where(eq(pokirPeriods.id, periodId)).for("update")
    : [];
  if (!rows[0]) throw errors.notFound("Periode pokir");
  return rows[0];
}

/** Move every item of a period from one status to the next, with one event per item. */
async function bulkTransition(
  tx: Db,
  actor: Actor,
  periodId: number,
  from: PokirStatus,
  to: PokirStatus,
  note: string,
  set: Record<string, unknown> = {},
) {
  const moved = await tx
    .update(pokirProposals)
    .set({ status: to, updatedAt: new Date(), ...set })
    .where(and(eq(pokirProposals.periodId, periodId), eq(pokirProposals.status, from)))
    .returning({ id: pokirProposals.id });
  if (moved.length) {
    await tx.execute(sql`insert into pokir_events (proposal_id, actor_id, kind, from_status, to_status, public_note)
      select id, ${actor.id}::uuid, 'status', ${from}::pokir_status, ${to}::pokir_status, ${note} from pokir_proposals
      where period_id = ${periodId} and status = ${to}::pokir_status and id in (${sql.join(
        moved.map((m) => sql`${m.id}::uuid`),
        sql`, `,
      )})`);
  }
  return moved.length;
}

/**
 * Finalise a period after submissions closed: the adopted lists are frozen (diadopsi →
 * difinalisasi) and the members' lists locked (no more adopting, releasing or endorsing).
 */
export async function finalizePeriod(actor: Actor | null, periodId: number, opts: { now?: Date } = {}, tx: Db = db) {
  const me = await requirePermission(actor, "pokir.finalize", tx);
  return tx.transaction(async (tx) => {
    const period = await lockPeriod(tx, periodId);
    if (period.finalizedAt) throw errors.conflict("Periode ini sudah difinalisasi.");
    if ((opts.now ?? new Date()) < period.closesAt)
      throw errors.conflict("Finalisasi hanya dapat dilakukan setelah pengajuan pokir ditutup.");
    const n = await bulkTransition(
      tx,
      me,
      periodId,
      "diadopsi",
      "difinalisasi",
      "Daftar pokir anggota difinalisasi oleh Sekretariat DPRD.",
    );
    await tx.update(pokirPeriods).set({ finalizedAt: new Date() }).where(eq(pokirPeriods.id, periodId));
    await writeAudit(
      {
        actor: me,
        action: "pokir.period.finalize",
        entityType: "pokir_period",
        entityId: periodId,
        detail: { items: n },
      },
      tx,
    );
    return n;
  });
}

/** Mark a finalised period's items as entered into SIPD (never deleted afterwards: DB trigger). */
export async function markSipdEntered(actor: Actor | null, periodId: number, tx: Db = db) {
  const me = await requirePermission(actor, "pokir.finalize", tx);
  return tx.transaction(async (tx) => {
    const period = await lockPeriod(tx, periodId);
    if (!period.finalizedAt) throw errors.conflict("Finalisasi periode terlebih dahulu sebelum menandai input SIPD.");
    const now = new Date();
    const n = await bulkTransition(tx, me, periodId, "difinalisasi", "diinput_sipd", "Pokir telah diinput ke SIPD.", {
      sipdEntered: true,
      sipdEnteredAt: now,
    });
    await tx.update(pokirPeriods).set({ sipdEnteredAt: now }).where(eq(pokirPeriods.id, periodId));
    await writeAudit(
      { actor: me, action: "pokir.period.sipd", entityType: "pokir_period", entityId: periodId, detail: { items: n } },
      tx,
    );
    return n;
  });
}

/** Record the RKPD/APBD result of one item; the citizen sees it and is notified. */
export async function recordOutcome(actor: Actor | null, id: string, input: unknown, tx: Db = db) {
  const me = await requirePermission(actor, "pokir.finalize", tx);
  const data = parseInput(outcomeSchema, input);
  if (data.outcome === "tidak_diakomodir" && !data.reason)
    throw errors.validation({ reason: ["Alasan wajib diisi bila usulan tidak diakomodir."] });
  await tx.transaction(async (tx) => {
    const p = await lockProposal(id, tx);
    if (p.status !== "diinput_sipd")
      throw errors.conflict(
        `Hasil RKPD/APBD hanya dicatat untuk usulan yang sudah diinput ke SIPD (status sekarang: ${POKIR_STATUS_LABELS[p.status]}).`,
      );
    const note = data.reason ?? (data.outcome === "diakomodir" ? "Usulan diakomodir dalam RKPD/APBD." : null);
    await setStatus(
      me,
      p,
      data.outcome,
      { action: "pokir.outcome", publicNote: note, set: { outcomeReason: data.reason ?? null, outcomeAt: new Date() } },
      tx,
    );
    await notifyProposer(p, `Hasil usulan: ${POKIR_STATUS_LABELS[data.outcome]}`, note ?? "", tx);
  });
}
