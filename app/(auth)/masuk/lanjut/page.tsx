import { redirect } from "next/navigation";
import { afterLoginPath } from "@/lib/auth/page-rules";
import { sessionActor } from "@/lib/auth/session";

/** After login: go back where the user came from when it is on this site and in their area, else to their home. */
export default async function AfterLogin({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const actor = await sessionActor();
  if (!actor) redirect("/masuk");
  const { callbackUrl } = await searchParams;
  redirect(afterLoginPath(actor, callbackUrl));
}
