import { sql, type SQL } from "drizzle-orm";
import type { Actor } from "@/lib/auth/roles";
import { aspirations } from "@/lib/db/schema";
import { MEMBER_VISIBLE_STATUSES, type PokirStatus } from "./constants";

/**
 * The shared aspiration visibility rule (same in SIAP): not diterima/ditolak/digabung, and
 * routed to the member's dapil or to the member's komisi.
 */
export function aspirationVisibleTo(
  a: { status: string; routedToDapil: boolean; dapilId: number | null; routedKomisiId: number | null },
  m: Pick<Actor, "dapilId" | "komisiId">,
): boolean {
  if (["diterima", "ditolak", "digabung"].includes(a.status)) return false;
  return (a.routedToDapil && a.dapilId !== null && a.dapilId === m.dapilId) || (a.routedKomisiId !== null && a.routedKomisiId === m.komisiId);
}

/** The same rule as SQL. */
export function aspirationVisibleSql(m: Pick<Actor, "dapilId" | "komisiId">): SQL {
  return sql`(${aspirations.status} not in ('diterima','ditolak','digabung') and ((${aspirations.routedToDapil} and ${aspirations.dapilId} = ${m.dapilId ?? -1}) or ${aspirations.routedKomisiId} = ${m.komisiId ?? -1}))`;
}

/** A member sees a pokir of their dapil once it is verified (or later). */
export function pokirVisibleTo(p: { dapilId: number | null; status: PokirStatus }, m: Pick<Actor, "dapilId">): boolean {
  return p.dapilId !== null && p.dapilId === m.dapilId && MEMBER_VISIBLE_STATUSES.includes(p.status);
}
