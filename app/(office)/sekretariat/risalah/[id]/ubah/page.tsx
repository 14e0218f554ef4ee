import type { Metadata } from "next";
import Link from "next/link";
import { MeetingForm } from "@/components/minutes/meeting-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/misc";
import { requirePageActor } from "@/lib/auth/page";
import { updateMeetingAction } from "@/lib/minutes/actions";
import { listActiveTypes, peopleOptions } from "@/lib/minutes/meetings";
import { orNotFound } from "@/lib/minutes/page-helpers";
import { getMeetingDetail } from "@/lib/minutes/queries";

export const metadata: Metadata = { title: "Ubah rapat" };

export default async function EditMeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("meeting.manage");
  const { id } = await params;
  const detail = await orNotFound(getMeetingDetail(actor, id));
  const [types, people] = await Promise.all([listActiveTypes(), peopleOptions()]);
  const m = detail.meeting;
  return (
    <div>
      <PageHeader
        title="Ubah data rapat"
        description={<Link href={`/sekretariat/risalah/${id}`}>Kembali ke rapat</Link>}
      />
      {detail.minutes.status !== "draf" ? (
        <Alert tone="warning">
          Risalah rapat ini tidak lagi berstatus draf, sehingga data rapat tidak dapat diubah.
        </Alert>
      ) : (
        <MeetingForm
          action={updateMeetingAction.bind(null, id)}
          types={types}
          members={people.members}
          staff={people.staff}
          submitLabel="Simpan perubahan"
          initial={{
            typeId: m.typeId,
            title: m.title,
            nature: m.nature,
            quorumRule: m.quorumRule,
            date: m.date,
            startTime: m.startTime.slice(0, 5),
            endTime: m.endTime?.slice(0, 5) ?? "",
            place: m.place,
            chairId: m.chairId,
            secretaryId: m.secretaryId,
            agenda: detail.agenda.map((a) => ({ id: a.id, title: a.title })),
            guests: detail.guests.map((g) => ({
              id: g.id,
              name: g.name,
              institution: g.institution,
              role: g.role ?? "",
            })),
          }}
        />
      )}
    </div>
  );
}
