import type { Metadata } from "next";
import { IncomingForm } from "@/components/letters/incoming-form";
import { Card, PageHeader } from "@/components/ui/misc";
import { requirePageActor } from "@/lib/auth/page";
import { registerIncomingAction } from "@/lib/letters/actions";
import { incomingFormOptions } from "@/lib/letters/page-data";

export const metadata: Metadata = { title: "Catat Surat Masuk" };

export default async function NewIncomingPage() {
  const actor = await requirePageActor("letter.register");
  const { codes, people, today } = await incomingFormOptions(actor);
  return (
    <div className="max-w-3xl">
      <PageHeader title="Catat surat masuk" description="Nomor agenda berikutnya diberikan saat surat disimpan." />
      <Card>
        <IncomingForm action={registerIncomingAction} codes={codes} people={people} today={today} />
      </Card>
    </div>
  );
}
