import type { Metadata } from "next";
import { MeetingForm } from "@/components/minutes/meeting-form";
import { PageHeader } from "@/components/ui/misc";
import { requirePageActor } from "@/lib/auth/page";
import { createMeetingAction } from "@/lib/minutes/actions";
import { listActiveTypes, peopleOptions } from "@/lib/minutes/meetings";

export const metadata: Metadata = { title: "Rapat baru" };

export default async function NewMeetingPage() {
  const actor = await requirePageActor("meeting.manage");
  const [types, people] = await Promise.all([listActiveTypes(), peopleOptions()]);
  return (
    <div>
      <PageHeader
        title="Rapat baru"
        description="Daftar hadir dibuat otomatis dari keanggotaan badan rapat sesuai jenis rapat."
      />
      <MeetingForm
        action={createMeetingAction}
        types={types}
        members={people.members}
        staff={people.staff}
        initial={{ secretaryId: actor.role === "staff" ? actor.id : undefined }}
        submitLabel="Simpan rapat"
      />
    </div>
  );
}
