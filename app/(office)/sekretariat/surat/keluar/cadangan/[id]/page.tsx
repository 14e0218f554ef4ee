import type { Metadata } from "next";
import { OutgoingForm } from "@/components/letters/outgoing-form";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/misc";
import { requirePageActor } from "@/lib/auth/page";
import { recordReservedLetterAction } from "@/lib/letters/actions";
import { todayWita } from "@/lib/letters/input-checks";
import { orNotFound } from "@/lib/letters/page-data";
import { getReservation } from "@/lib/letters/reservations";

export const metadata: Metadata = { title: "Catat Surat Bernomor Cadangan" };

export default async function UseReservationPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("letter.outgoing.issue");
  const { id } = await params;
  const r = await orNotFound(getReservation(actor, id));
  return (
    <div className="max-w-3xl">
      <PageHeader
        title={`Catat surat bernomor ${r.number}`}
        description="Untuk surat yang sudah ditandatangani manual dengan nomor cadangan ini. Surat langsung berstatus terbit."
      />
      {r.status !== "dicadangkan" ? (
        <Alert tone="warning">
          Nomor ini {r.status === "dipakai" ? "sudah dipakai" : "sudah dibatalkan"} dan tidak dapat dipakai lagi.
        </Alert>
      ) : (
        <Card>
          <OutgoingForm
            action={recordReservedLetterAction.bind(null, id)}
            codes={[]}
            mode="reservation"
            submitLabel="Catat surat"
            today={todayWita()}
            initial={{
              classificationCode: r.classificationCode ?? "",
              letterDate: r.letterDate,
              subject: "",
              recipients: "",
            }}
          />
        </Card>
      )}
    </div>
  );
}
