import { redirect } from "next/navigation";
import { headers } from "next/headers";
import { db } from "@/lib/db";
import { homeFor } from "@/lib/navigation";
import { can, logDenied } from "./guard";
import type { Permission } from "./permissions";
import type { Actor } from "./roles";
import { currentActor } from "./session";
import { adminTwoFactorRequired } from "./totp";

/**
 * For pages and layouts: the signed-in actor with the permission. Anonymous visitors go to the
 * login page; a signed-in user without the permission is sent to their own area.
 */
export async function requirePageActor(permission: Permission): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) {
    const path = (await headers()).get("x-sidilan-path") ?? "/";
    redirect(`/masuk?callbackUrl=${encodeURIComponent(path)}`);
  }
  if (!can(actor, permission)) {
    if (actor.role === "admin" && !actor.totpEnabled && adminTwoFactorRequired()) redirect("/sekretariat/akun?wajib=2fa");
    await logDenied(db, actor, permission);
    redirect(`${homeFor(actor.role)}?akses=ditolak`);
  }
  return actor;
}
