import type { Metadata } from "next";
import { OutgoingForm } from "@/components/letters/outgoing-form";
import { Card, PageHeader } from "@/components/ui/misc";
import { requirePageActor } from "@/lib/auth/page";
import { updateOutgoingAction } from "@/lib/letters/actions";
import { classificationOptions } from "@/lib/letters/admin/service";
import { todayWita } from "@/lib/letters/input-checks";
import { getOutgoing } from "@/lib/letters/outgoing-read";
import { orNotFound } from "@/lib/letters/page-data";

export const metadata: Metadata = { title: "Ubah Surat Keluar" };

export default async function EditOutgoingPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("letter.register");
  const { id } = await params;
  const detail = await orNotFound(getOutgoing(actor, id));
  const codes = await classificationOptions(actor);
  const l = detail.letter;
  const isDraft = l.status === "draf";
  return (
    <div className="max-w-3xl">
      <PageHeader
        title={isDraft ? "Ubah draf surat keluar" : `Koreksi surat ${l.number}`}
        description={
          isDraft
            ? "Perubahan draf dicatat dalam riwayat."
            : "Nomor dan klasifikasi tetap. Nilai lama disimpan dalam riwayat koreksi."
        }
      />
      <Card>
        <OutgoingForm
          action={updateOutgoingAction.bind(null, id)}
          codes={codes}
          mode={isDraft ? "draft" : "correction"}
          submitLabel={isDraft ? "Simpan draf" : "Simpan koreksi"}
          today={todayWita()}
          initial={{ ...l, replyToAgenda: detail.replyTo?.agendaNumber ?? "" }}
        />
      </Card>
    </div>
  );
}
