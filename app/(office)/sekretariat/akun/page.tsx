import type { Metadata } from "next";
import { AccountPage } from "@/components/account/account-page";
import { accountOverview } from "@/lib/auth/account";
import { requirePageActor } from "@/lib/auth/page";
export const metadata: Metadata = { title: "Akun saya" };

export default async function Page() {
  const actor = await requirePageActor("account.self");
  return <AccountPage actor={actor} overview={await accountOverview(actor)} />;
}
