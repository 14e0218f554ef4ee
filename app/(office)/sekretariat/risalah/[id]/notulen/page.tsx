import type { Metadata } from "next";
import Link from "next/link";
import { MinutesEditor } from "@/components/minutes/minutes-editor";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/misc";
import { requirePageActor } from "@/lib/auth/page";
import { saveDraftAction } from "@/lib/minutes/actions";
import { getEditor } from "@/lib/minutes/drafts";
import { orNotFound } from "@/lib/minutes/page-helpers";

export const metadata: Metadata = { title: "Notulen" };

export default async function EditorPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("minutes.edit");
  const { id } = await params;
  const editor = await orNotFound(getEditor(actor, id));
  return (
    <div className="space-y-4">
      <PageHeader
        title="Notulen rapat"
        description={<Link href={`/sekretariat/risalah/${id}`}>{editor.meeting.title}</Link>}
      />
      {!editor.editable.ok ? <Alert tone="warning">{editor.editable.reason}</Alert> : null}
      <MinutesEditor
        action={saveDraftAction.bind(null, id)}
        content={editor.content}
        revision={editor.revision}
        agenda={editor.agenda}
        speakers={editor.speakers}
        editable={editor.editable.ok}
      />
    </div>
  );
}
