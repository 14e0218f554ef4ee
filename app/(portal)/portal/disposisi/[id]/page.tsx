import type { Metadata } from "next";
import { BranchActions } from "@/components/letters/branch-actions";
import { DisposisiTree } from "@/components/letters/disposisi-tree";
import { FileList, IncomingSummary } from "@/components/letters/incoming-view";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/misc";
import { requirePageActor } from "@/lib/auth/page";
import { getIncoming } from "@/lib/letters/incoming-detail";
import { disposisiFormOptions, orNotFound } from "@/lib/letters/page-data";

export const metadata: Metadata = { title: "Disposisi Surat" };

/** A member's view of a letter they are the addressee of or on the disposition tree of. */
export default async function MemberLetterPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("letter.disposisi.receive");
  const { id } = await params;
  const detail = await orNotFound(getIncoming(actor, id));
  const { options, defaultDue } = await disposisiFormOptions();
  return (
    <div className="space-y-6">
      <PageHeader
        title={`Surat ${detail.letter.agendaNumber}`}
        description={detail.letter.subject}
        actions={
          <ButtonLink variant="secondary" href={`/api/v1/surat/masuk/${id}/lembar-disposisi`} target="_blank">
            Lembar disposisi (PDF)
          </ButtonLink>
        }
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <IncomingSummary detail={detail} />
        <FileList title="Pindaian surat" files={detail.attachments} />
      </div>
      <Card>
        <h2 className="mb-1 text-lg font-bold">Disposisi</h2>
        <DisposisiTree
          branches={detail.branches}
          renderActions={(n) => <BranchActions node={n} options={options} defaultDue={defaultDue} />}
        />
      </Card>
    </div>
  );
}
