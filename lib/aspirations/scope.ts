import { and, eq, notInArray, or, sql, type SQL } from "drizzle-orm";
import type { Actor } from "@/lib/auth/roles";
import { aspirations } from "@/lib/db/schema";
import { MEMBER_HIDDEN_STATUSES, type AspirationStatus } from "./constants";

/**
 * The shared member visibility rule: status not diterima/ditolak/digabung AND (routed to the
 * member's dapil OR to the member's komisi). Staff and admin see everything.
 */
export function memberCanSee(actor: Pick<Actor, "role" | "dapilId" | "komisiId">, a: { status: AspirationStatus; routedToDapil: boolean; dapilId: number | null; routedKomisiId: number | null }): boolean {
  if (actor.role === "staff" || actor.role === "admin") return true;
  if (actor.role !== "member") return false;
  if (MEMBER_HIDDEN_STATUSES.includes(a.status)) return false;
  return (a.routedToDapil && a.dapilId !== null && a.dapilId === actor.dapilId) || (a.routedKomisiId !== null && a.routedKomisiId === actor.komisiId);
}

/** The same rule as SQL, for lists. */
export function memberVisibleSql(actor: Pick<Actor, "dapilId" | "komisiId">): SQL {
  const routes: SQL[] = [];
  if (actor.dapilId) routes.push(and(eq(aspirations.routedToDapil, true), eq(aspirations.dapilId, actor.dapilId))!);
  if (actor.komisiId) routes.push(eq(aspirations.routedKomisiId, actor.komisiId));
  return and(notInArray(aspirations.status, [...MEMBER_HIDDEN_STATUSES]), routes.length ? or(...routes)! : sql`false`)!;
}
