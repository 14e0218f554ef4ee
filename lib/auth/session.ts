import { cache } from "react";
import { db } from "@/lib/db";
import { actorFromApiToken } from "./api-tokens";
import { loadActor } from "./actor";
import { auth } from "./index";
import type { Actor } from "./roles";

/**
 * The acting user for this request, re-read from the database (cached per request). Null for the
 * public, a deactivated account, or a session older than the user's last password change.
 */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  if (!session?.user?.id) return null;
  // A token without a server-side session id predates session tracking: treat it as logged out.
  if (!session.sid) return null;
  return loadActor(db, session.user.id, session.sv, session.sid);
});

/** For route handlers: a personal API token in `Authorization: Bearer`, else the session. */
export async function actorFromRequest(req: Request): Promise<Actor | null> {
  const header = req.headers.get("authorization");
  if (header?.toLowerCase().startsWith("bearer ")) return actorFromApiToken(db, header.slice(7).trim());
  return currentActor();
}
