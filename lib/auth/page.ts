import { redirect } from "next/navigation";
import { headers } from "next/headers";
import { safeRedirectPath } from "@/lib/http/redirect";
import { logDenied } from "./guard";
import { decidePage } from "./page-rules";
import type { Permission } from "./permissions";
import type { Actor } from "./roles";
import { sessionActor } from "./session";

/**
 * For pages and layouts: the signed-in actor with the permission. Anonymous visitors go to the
 * login page; a signed-in user without the permission is sent to their own area; an admin who must
 * turn on two-step verification is sent to the enrolment page (see decidePage).
 */
export async function requirePageActor(permission: Permission): Promise<Actor> {
  const actor = await sessionActor();
  const path = (await headers()).get("x-sidilan-path") ?? "/";
  if (!actor) redirect(`/masuk?callbackUrl=${encodeURIComponent(safeRedirectPath(path, "/"))}`);
  const decision = decidePage(actor, permission, path);
  if (!decision.ok) {
    if (decision.logDenied) await logDenied(actor, permission);
    redirect(decision.redirect);
  }
  return actor;
}
