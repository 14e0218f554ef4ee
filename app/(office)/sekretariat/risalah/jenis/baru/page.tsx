import type { Metadata } from "next";
import { MeetingTypeForm } from "@/components/minutes/meeting-type-form";
import { PageHeader } from "@/components/ui/misc";
import { requirePageActor } from "@/lib/auth/page";
import { createMeetingTypeAction } from "@/lib/minutes/actions";
import { peopleOptions } from "@/lib/minutes/meetings";
import { memberOptions } from "@/lib/users/service";

export const metadata: Metadata = { title: "Jenis rapat baru" };

export default async function NewMeetingTypePage() {
  await requirePageActor("meetingTypes.manage");
  const [{ komisi }, people] = await Promise.all([memberOptions(), peopleOptions()]);
  return (
    <div>
      <PageHeader title="Jenis rapat baru" />
      <MeetingTypeForm
        action={createMeetingTypeAction}
        komisi={komisi}
        members={people.members}
        submitLabel="Simpan jenis rapat"
        initial={{
          name: "",
          bodyKind: "daftar",
          komisiId: null,
          defaultNature: "terbuka",
          defaultQuorumRule: "lebih_setengah",
          correctionDays: 4,
          isActive: true,
          memberIds: [],
        }}
      />
    </div>
  );
}
