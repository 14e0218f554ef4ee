import "server-only";
import { and, asc, eq, inArray, or, sql } from "drizzle-orm";
import { can, requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { db as defaultDb } from "@/lib/db";
import { epaperDelegations, epaperLetters, users } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { todayWita } from "@/lib/letters/input-checks";
import { epaperVisibleTo } from "@/lib/letters/policy";
import { chainOf, pendingStep } from "./chain";
import { activeDelegation } from "./delegations";
import { loadLetter } from "./drafts";
import { deliveriesOf } from "./send";
import { listTemplates } from "./templates";

/** Positions that sign DPRD letters (pimpinan, AKD chairs and the Sekretaris DPRD). */
const SIGNER_POSITIONS = ["Ketua DPRD", "Wakil Ketua DPRD", "Sekretaris DPRD", "Ketua Komisi", "Ketua Badan"];

/** Signers for the drafting form, with the position to print. */
export async function signerOptions(tx: Db = defaultDb) {
  const rows = await tx
    .select({ id: users.id, name: users.name, position: users.position })
    .from(users)
    .where(and(eq(users.isActive, true), inArray(users.position, SIGNER_POSITIONS)))
    .orderBy(asc(users.position), asc(users.name));
  return rows.map((r) => ({ id: r.id, label: `${r.name} — ${r.position}`, position: `${r.position} Kota Balikpapan` }));
}

/** Everything the drafting page needs. */
export async function draftingData(actor: Actor | null, tx: Db = defaultDb) {
  await requirePermission(actor, "epaper.draft", tx);
  return { templates: await listTemplates(tx), signers: await signerOptions(tx) };
}

/** One letter with its chain and deliveries, and what the actor may do with it now. */
export async function letterDetail(actor: Actor | null, id: string, tx: Db = defaultDb) {
  const me = await requirePermission(actor, "epaper.read", tx);
  const letter = await loadLetter(me, id, {}, tx);
  const [signer] = await tx.select({ name: users.name }).from(users).where(eq(users.id, letter.signerId));
  const step = letter.status === "paraf" ? await pendingStep(id, tx) : null;
  const mayDelegate =
    letter.signerId !== me.id &&
    letter.status === "menunggu_tte" &&
    (await activeDelegation(letter.signerId, me.id, todayWita(), tx)) !== null;
  return {
    letter: { ...letter, pdf: null },
    signerName: signer?.name ?? "",
    chain: await chainOf(id, tx),
    deliveries: await deliveriesOf(id, tx),
    waitingOn: step ? step.label : null,
    can: {
      edit: letter.status === "draf" && can(me, "epaper.draft"),
      submit: letter.status === "draf" && can(me, "epaper.draft"),
      paraf: step?.userId === me.id,
      sign: letter.status === "menunggu_tte" && can(me, "epaper.sign") && (letter.signerId === me.id || mayDelegate),
      send: letter.status === "ditandatangani" && can(me, "epaper.send"),
      correct: letter.status === "ditandatangani" && !letter.supersededAt && can(me, "epaper.draft"),
    },
  };
}

/** Letters waiting on the actor's signature (as signer or delegate), for the signer's page. */
export async function awaitingMySignature(actor: Actor | null, tx: Db = defaultDb) {
  const me = await requirePermission(actor, "epaper.sign", tx);
  const day = todayWita();
  const rows = await tx
    .select({
      id: epaperLetters.id,
      subject: epaperLetters.subject,
      nature: epaperLetters.nature,
      signerId: epaperLetters.signerId,
      updatedAt: epaperLetters.updatedAt,
    })
    .from(epaperLetters)
    .where(
      and(
        eq(epaperLetters.status, "menunggu_tte"),
        epaperVisibleTo(me),
        or(
          eq(epaperLetters.signerId, me.id),
          sql`exists (select 1 from ${epaperDelegations} where ${epaperDelegations.principalId} = ${epaperLetters.signerId} and ${epaperDelegations.delegateId} = ${me.id} and ${epaperDelegations.revokedAt} is null and ${epaperDelegations.startsOn} <= ${day} and ${epaperDelegations.endsOn} >= ${day})`,
        ),
      ),
    )
    .orderBy(asc(epaperLetters.updatedAt))
    .limit(100);
  return rows;
}
