import { and, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import type { Actor } from "@/lib/auth/roles";
import { aspirations } from "@/lib/db/schema";
import { MEMBER_VISIBLE_ASPIRATION_STATUSES, type AspirationStatus } from "./constants";

type Viewer = Pick<Actor, "role" | "dapilId" | "komisiId">;
type Row = {
  status: AspirationStatus | string;
  routedToDapil: boolean;
  dapilId: number | null;
  routedKomisiId: number | null;
};

/**
 * THE aspiration visibility rule. Staff and admin see everything; a member sees an aspiration in a
 * member-visible status that is routed to their dapil or to their komisi; nobody else sees any.
 */
export function canSeeAspiration(actor: Viewer, a: Row): boolean {
  if (actor.role === "staff" || actor.role === "admin") return true;
  if (actor.role !== "member") return false;
  if (!(MEMBER_VISIBLE_ASPIRATION_STATUSES as readonly string[]).includes(a.status)) return false;
  return (
    (a.routedToDapil && a.dapilId !== null && a.dapilId === actor.dapilId) ||
    (a.routedKomisiId !== null && a.routedKomisiId === actor.komisiId)
  );
}

/** The same rule as a drizzle condition on `aspirations`, for lists. */
export function aspirationVisibleWhere(actor: Viewer): SQL {
  if (actor.role === "staff" || actor.role === "admin") return sql`true`;
  if (actor.role !== "member") return sql`false`;
  const routes: SQL[] = [];
  if (actor.dapilId !== null)
    routes.push(and(eq(aspirations.routedToDapil, true), eq(aspirations.dapilId, actor.dapilId))!);
  if (actor.komisiId !== null) routes.push(eq(aspirations.routedKomisiId, actor.komisiId));
  if (routes.length === 0) return sql`false`;
  return and(inArray(aspirations.status, [...MEMBER_VISIBLE_ASPIRATION_STATUSES]), or(...routes))!;
}
