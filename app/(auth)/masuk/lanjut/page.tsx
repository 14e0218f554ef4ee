import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { homeFor } from "@/lib/navigation";

/** After login: go back where the user came from when it belongs to their area, else to their home. */
export default async function AfterLogin({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const actor = await currentActor();
  if (!actor) redirect("/masuk");
  const { callbackUrl } = await searchParams;
  const home = homeFor(actor.role);
  const cb = typeof callbackUrl === "string" && callbackUrl.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "";
  const area = home === "/portal" ? "/portal" : "/sekretariat";
  redirect(cb && (cb.startsWith(area) || !/^\/(portal|sekretariat)/.test(cb)) ? cb : home);
}
