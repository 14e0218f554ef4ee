import type { Metadata } from "next";
import { IncomingForm } from "@/components/letters/incoming-form";
import { Card, PageHeader } from "@/components/ui/misc";
import { requirePageActor } from "@/lib/auth/page";
import { correctIncomingAction } from "@/lib/letters/actions";
import { getIncoming } from "@/lib/letters/incoming-detail";
import { incomingFormOptions, orNotFound } from "@/lib/letters/page-data";

export const metadata: Metadata = { title: "Koreksi Surat Masuk" };

export default async function CorrectIncomingPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("letter.register");
  const { id } = await params;
  const detail = await orNotFound(getIncoming(actor, id));
  const { codes, people, today } = await incomingFormOptions(actor);
  return (
    <div className="max-w-3xl">
      <PageHeader
        title={`Koreksi surat ${detail.letter.agendaNumber}`}
        description="Nomor agenda tetap. Nilai lama disimpan dalam riwayat koreksi."
      />
      <Card>
        <IncomingForm
          action={correctIncomingAction.bind(null, id)}
          codes={codes}
          people={people}
          today={today}
          initial={detail.letter}
          correction
        />
      </Card>
    </div>
  );
}
