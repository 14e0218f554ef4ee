import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { writeAudit } from "@/lib/audit/service";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { dapil, pokirMemberPagu, pokirPeriods, pokirProposals, users } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { errors } from "@/lib/errors";
import { listPeriods } from "./periods";
import { proposalQuery } from "./read";
import { paguSchema } from "./schema";
import { isIntId, parseInput } from "@/lib/validation";

const ADOPTED = ["diadopsi", "difinalisasi", "diinput_sipd", "diakomodir", "tidak_diakomodir"] as const;

/** A member's adopted pokir in one period, the total cost and the pagu (when set). */
export async function memberPokirList(actor: Actor | null, periodId?: number, tx: Db = db) {
  const me = await requirePermission(actor, "pokir.memberList", tx);
  const periods = await listPeriods(tx);
  const period = periods.find((p) => p.id === periodId) ?? periods[0];
  if (!period) return { periods, period: null, items: [], total: 0, pagu: null };
  const items = await proposalQuery(tx)
    .where(
      and(
        eq(pokirProposals.periodId, period.id),
        eq(pokirProposals.adoptedBy, me.id),
        inArray(pokirProposals.status, [...ADOPTED]),
      ),
    )
    .orderBy(asc(pokirProposals.createdAt));
  const total = items.reduce((s, i) => s + (i.estimatedCost ?? 0), 0);
  const pagu = await tx
    .select({ amount: pokirMemberPagu.amount })
    .from(pokirMemberPagu)
    .where(and(eq(pokirMemberPagu.periodId, period.id), eq(pokirMemberPagu.memberId, me.id)));
  return { periods, period, items, total, pagu: pagu[0]?.amount ?? null };
}

/** Set a member's pagu for a period (staff; not after finalisation). */
export async function setMemberPagu(actor: Actor | null, periodId: number, input: unknown, tx: Db = db) {
  const me = await requirePermission(actor, "pokir.finalize", tx);
  const data = parseInput(paguSchema, input);
  await tx.transaction(async (tx) => {
    const p = isIntId(periodId) ? await tx.select().from(pokirPeriods).where(eq(pokirPeriods.id, periodId)) : [];
    if (!p[0]) throw errors.notFound("Periode pokir");
    if (p[0].finalizedAt) throw errors.conflict("Pagu tidak dapat diubah setelah finalisasi.");
    const m = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, data.memberId), eq(users.role, "member")));
    if (!m[0]) throw errors.validation({ memberId: ["Anggota tidak ditemukan."] });
    await tx
      .insert(pokirMemberPagu)
      .values({ periodId, memberId: data.memberId, amount: Math.round(data.amount!) })
      .onConflictDoUpdate({
        target: [pokirMemberPagu.periodId, pokirMemberPagu.memberId],
        set: { amount: Math.round(data.amount!) },
      });
    await writeAudit(
      {
        actor: me,
        action: "pokir.pagu.set",
        entityType: "pokir_period",
        entityId: periodId,
        detail: { memberId: data.memberId, amount: data.amount },
      },
      tx,
    );
  });
}

/** Per member of a period: adopted count, total cost and pagu (staff overview). */
export async function memberTotals(actor: Actor | null, periodId: number, tx: Db = db) {
  await requirePermission(actor, "pokir.verify", tx);
  return tx
    .select({
      memberId: users.id,
      name: users.name,
      dapil: dapil.name,
      count: sql<number>`count(${pokirProposals.id})::int`,
      total: sql<number>`coalesce(sum(${pokirProposals.estimatedCost}), 0)::float8`,
      pagu: pokirMemberPagu.amount,
    })
    .from(users)
    .leftJoin(dapil, eq(dapil.id, users.dapilId))
    .leftJoin(
      pokirProposals,
      and(
        eq(pokirProposals.adoptedBy, users.id),
        eq(pokirProposals.periodId, periodId),
        inArray(pokirProposals.status, [...ADOPTED]),
      ),
    )
    .leftJoin(pokirMemberPagu, and(eq(pokirMemberPagu.memberId, users.id), eq(pokirMemberPagu.periodId, periodId)))
    .where(and(eq(users.role, "member"), eq(users.isActive, true)))
    .groupBy(users.id, users.name, dapil.name, dapil.number, pokirMemberPagu.amount)
    .orderBy(asc(dapil.number), asc(users.name));
}
