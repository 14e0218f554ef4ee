import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { Actor } from "@/lib/auth/roles";
import { pokirProposals } from "@/lib/db/schema";
import { MEMBER_VISIBLE_STATUSES, type PokirStatus } from "./constants";

type Viewer = Pick<Actor, "role" | "dapilId">;

/** THE pokir visibility rule: staff and admin see all; a member sees verified-or-later pokir of their dapil. */
export function canSeePokir(actor: Viewer, p: { dapilId: number | null; status: PokirStatus }): boolean {
  if (actor.role === "staff" || actor.role === "admin") return true;
  if (actor.role !== "member") return false;
  return p.dapilId !== null && p.dapilId === actor.dapilId && MEMBER_VISIBLE_STATUSES.includes(p.status);
}

/** The same rule as a drizzle condition on `pokir_proposals`, for lists. */
export function pokirVisibleWhere(actor: Viewer): SQL {
  if (actor.role === "staff" || actor.role === "admin") return sql`true`;
  if (actor.role !== "member" || actor.dapilId === null) return sql`false`;
  return and(eq(pokirProposals.dapilId, actor.dapilId), inArray(pokirProposals.status, [...MEMBER_VISIBLE_STATUSES]))!;
}
