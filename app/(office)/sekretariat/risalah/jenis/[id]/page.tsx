import type { Metadata } from "next";
import Link from "next/link";
import { MeetingTypeForm } from "@/components/minutes/meeting-type-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/misc";
import { requirePageActor } from "@/lib/auth/page";
import { updateMeetingTypeAction } from "@/lib/minutes/actions";
import { getMeetingType } from "@/lib/minutes/meeting-types";
import { peopleOptions } from "@/lib/minutes/meetings";
import { orNotFound } from "@/lib/minutes/page-helpers";
import { memberOptions } from "@/lib/users/service";

export const metadata: Metadata = { title: "Ubah jenis rapat" };

export default async function EditMeetingTypePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ dibuat?: string }>;
}) {
  const actor = await requirePageActor("meetingTypes.manage");
  const { id } = await params;
  const type = await orNotFound(getMeetingType(actor, Number(id)));
  const [{ komisi }, people] = await Promise.all([memberOptions(), peopleOptions()]);
  return (
    <div className="space-y-4">
      <PageHeader
        title={type.name}
        description={<Link href="/sekretariat/risalah/jenis">Kembali ke jenis rapat</Link>}
      />
      {(await searchParams).dibuat ? <Alert tone="success">Jenis rapat dibuat.</Alert> : null}
      <MeetingTypeForm
        action={updateMeetingTypeAction.bind(null, id)}
        komisi={komisi}
        members={people.members}
        submitLabel="Simpan perubahan"
        initial={type}
      />
    </div>
  );
}
