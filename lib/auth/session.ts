import { cache } from "react";
import { actorFromApiToken } from "./api-tokens";
import { loadActor } from "./actor";
import { mustEnrolTwoFactor } from "./guard";
import { auth } from "./index";
import { hasSessionCookie } from "./session-cookie.mjs";
import type { Actor } from "./roles";

/**
 * The signed-in user of this request, re-read from the database (cached per request), including an
 * admin who still has to turn on two-step verification. Only the page guard, the action wrapper
 * and the login pages use it: they check the permission (can() leaves such an admin nothing but
 * "account.self"). Null for the public, a deactivated account, or a session that is over.
 */
export const sessionActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  if (!session?.user?.id) return null;
  // A token without a server-side session id predates session tracking: treat it as logged out.
  if (!session.sid) return null;
  return loadActor(session.user.id, session.sv, session.sid);
});

/**
 * The acting user for everything else (public pages that show more to the office, route handlers).
 * An admin who must enrol in two-step verification acts as nobody until enrolled.
 */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const actor = await sessionActor();
  return mustEnrolTwoFactor(actor) ? null : actor;
});

/** For route handlers: a personal API token in `Authorization: Bearer`, else the session. */
export async function actorFromRequest(req: Request): Promise<Actor | null> {
  const header = req.headers.get("authorization");
  if (header?.toLowerCase().startsWith("bearer ")) {
    const actor = await actorFromApiToken(header.slice(7).trim());
    return mustEnrolTwoFactor(actor) ? null : actor;
  }
  // No session cookie (most public downloads and API calls): nobody, without asking next-auth.
  if (!hasSessionCookie(req.headers.get("cookie"))) return null;
  return currentActor();
}
