import type { Metadata } from "next";
import { ResesForm } from "@/components/pokir/reses-form";
import { PageHeader } from "@/components/ui/misc";
import { requirePageActor } from "@/lib/auth/page";
import { inboxFilterOptions } from "@/lib/inbox/options";

export const metadata: Metadata = { title: "Catat Reses" };

export default async function NewResesPage() {
  const actor = await requirePageActor("reses.manage");
  const { kelurahan } = await inboxFilterOptions(actor);
  return (
    <div className="max-w-2xl">
      <PageHeader title="Catat reses" />
      <ResesForm kelurahan={kelurahan} />
    </div>
  );
}
