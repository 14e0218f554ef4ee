import "server-only";
import { and, desc, eq, gte, isNull, lte } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { writeAudit } from "@/lib/audit/service";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { db as defaultDb } from "@/lib/db";
import { epaperDelegations, users } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { errors } from "@/lib/errors";
import { assertActiveUser, todayWita } from "@/lib/letters/input-checks";
import { parseInput } from "@/lib/validation";
import { DELEGATION_LABELS } from "./constants";
import { delegationSchema } from "./schema";

/** Record a delegation: the delegate signs for the principal (a.n. or Plh.) between the dates. */
export async function createDelegation(
  actor: Actor | null,
  input: unknown,
  tx: Db = defaultDb,
): Promise<{ id: string }> {
  const me = await requirePermission(actor, "epaper.delegate", tx);
  const data = parseInput(delegationSchema, input);
  await assertActiveUser(data.principalId, "principalId", tx);
  await assertActiveUser(data.delegateId, "delegateId", tx);
  return tx.transaction(async (t) => {
    const [row] = await t
      .insert(epaperDelegations)
      .values({ ...data, note: data.note ?? null, createdBy: me.id })
      .returning({ id: epaperDelegations.id });
    await writeAudit(
      {
        actor: me,
        action: "epaper.delegation.create",
        entityType: "epaper_delegation",
        entityId: row.id,
        detail: {
          principalId: data.principalId,
          delegateId: data.delegateId,
          mode: data.mode,
          startsOn: data.startsOn,
          endsOn: data.endsOn,
        },
      },
      t,
    );
    return { id: row.id };
  });
}

/** The delegation that lets `delegateId` sign for `principalId` on `day` (YYYY-MM-DD), if any. */
export async function activeDelegation(principalId: string, delegateId: string, day: string, tx: Db = defaultDb) {
  const [row] = await tx
    .select()
    .from(epaperDelegations)
    .where(
      and(
        eq(epaperDelegations.principalId, principalId),
        eq(epaperDelegations.delegateId, delegateId),
        isNull(epaperDelegations.revokedAt),
        lte(epaperDelegations.startsOn, day),
        gte(epaperDelegations.endsOn, day),
      ),
    )
    .orderBy(desc(epaperDelegations.createdAt))
    .limit(1);
  return row ?? null;
}

/** Recent delegations with names, for the office page. */
export async function listDelegations(actor: Actor | null, tx: Db = defaultDb) {
  await requirePermission(actor, "epaper.delegate", tx);
  const principal = alias(users, "principal");
  const delegate = alias(users, "delegate");
  return tx
    .select({
      id: epaperDelegations.id,
      mode: epaperDelegations.mode,
      startsOn: epaperDelegations.startsOn,
      endsOn: epaperDelegations.endsOn,
      note: epaperDelegations.note,
      principalName: principal.name,
      delegateName: delegate.name,
      revokedAt: epaperDelegations.revokedAt,
    })
    .from(epaperDelegations)
    .innerJoin(principal, eq(principal.id, epaperDelegations.principalId))
    .innerJoin(delegate, eq(delegate.id, epaperDelegations.delegateId))
    .orderBy(desc(epaperDelegations.startsOn))
    .limit(100);
}

/** Revoke a delegation early. */
export async function revokeDelegation(actor: Actor | null, id: string, tx: Db = defaultDb): Promise<void> {
  const me = await requirePermission(actor, "epaper.delegate", tx);
  const rows = await tx
    .update(epaperDelegations)
    .set({ revokedAt: new Date() })
    .where(and(eq(epaperDelegations.id, id), isNull(epaperDelegations.revokedAt)))
    .returning({ id: epaperDelegations.id });
  if (!rows[0]) throw errors.notFound("Delegasi");
  await writeAudit(
    { actor: me, action: "epaper.delegation.revoke", entityType: "epaper_delegation", entityId: id },
    tx,
  );
}

/** The delegation page: current and coming delegations (which may be ended early), and past ones. */
export async function delegationOverview(actor: Actor | null, tx: Db = defaultDb) {
  const rows = await listDelegations(actor, tx);
  const today = todayWita();
  const shaped = rows.map((r) => ({
    id: r.id,
    modeLabel: DELEGATION_LABELS[r.mode],
    principalName: r.principalName,
    delegateName: r.delegateName,
    startsOn: r.startsOn,
    endsOn: r.endsOn,
    note: r.note,
    state: r.revokedAt
      ? ("dicabut" as const)
      : r.endsOn < today
        ? ("selesai" as const)
        : r.startsOn > today
          ? ("akan_datang" as const)
          : ("berlaku" as const),
  }));
  return {
    current: shaped.filter((r) => r.state === "berlaku" || r.state === "akan_datang"),
    past: shaped.filter((r) => r.state === "selesai" || r.state === "dicabut"),
  };
}
