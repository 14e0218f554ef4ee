import { safeRedirectPath } from "@/lib/http/redirect";
import { homeFor } from "@/lib/navigation";
import { can, mustEnrolTwoFactor } from "./guard";
import type { Permission } from "./permissions";
import type { Actor } from "./roles";

/** Where an admin who must turn on two-step verification sets it up (the office account page). */
export const ENROLMENT_PATH = "/sekretariat/akun";
export const ENROLMENT_URL = `${ENROLMENT_PATH}?wajib=2fa`;

/** The pathname of a request path ("/a/b?x" → "/a/b"), normalised like a browser would. */
function pathnameOf(path: string): string {
  return (
    safeRedirectPath(path, "/")
      .replace(/[?#].*$/, "")
      .replace(/\/+$/, "") || "/"
  );
}

export type PageDecision = { ok: true } | { ok: false; redirect: string; logDenied: boolean };

/**
 * What a page or layout guard does for a signed-in actor at `path` (pure; lib/auth/page.ts runs it).
 * An admin who must enrol in two-step verification reaches the enrolment page only: its layout
 * (which asks for "office.access") lets them through there and nowhere else, and every other page
 * sends them to it, so there is no redirect loop and no way around it.
 */
export function decidePage(actor: Actor, permission: Permission, path: string): PageDecision {
  if (mustEnrolTwoFactor(actor)) {
    if (permission === "account.self") return { ok: true };
    if (permission === "office.access" && pathnameOf(path) === ENROLMENT_PATH) return { ok: true };
    return { ok: false, redirect: ENROLMENT_URL, logDenied: false };
  }
  if (can(actor, permission)) return { ok: true };
  return { ok: false, redirect: `${homeFor(actor.role)}?akses=ditolak`, logDenied: true };
}

/**
 * Where /masuk/lanjut sends a user after login: back to `callbackUrl` when it is a path on this
 * site inside their own area (or outside both areas), else to their home. An admin who must enrol
 * goes to the enrolment page.
 */
export function afterLoginPath(actor: Actor, callbackUrl: unknown): string {
  if (mustEnrolTwoFactor(actor)) return ENROLMENT_URL;
  const home = homeFor(actor.role);
  const cb = safeRedirectPath(callbackUrl, "");
  if (!cb) return home;
  const area = home === "/portal" ? "/portal" : "/sekretariat";
  const inArea = (a: string) => cb === a || cb.startsWith(`${a}/`) || cb.startsWith(`${a}?`) || cb.startsWith(`${a}#`);
  return inArea(area) || !(inArea("/portal") || inArea("/sekretariat")) ? cb : home;
}
