import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CorrectionsList } from "@/components/minutes/corrections-list";
import { DocumentsList } from "@/components/minutes/documents-list";
import { MeetingSummary } from "@/components/minutes/meeting-summary";
import { WorkflowPanel } from "@/components/minutes/workflow-panel";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/misc";
import { requirePageActor } from "@/lib/auth/page";
import { isAppError } from "@/lib/errors";
import {
  approveMinutesAction,
  publishMinutesAction,
  respondCorrectionAction,
  returnToDraftAction,
  signMinutesAction,
  startCorrectionAction,
  submitForReviewAction,
} from "@/lib/minutes/actions";
import { listCorrections } from "@/lib/minutes/corrections";
import { getMeetingDetail } from "@/lib/minutes/queries";

export const metadata: Metadata = { title: "Rapat" };

export default async function MeetingPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ dibuat?: string }>;
}) {
  const actor = await requirePageActor("meeting.manage");
  const { id } = await params;
  const detail = await getMeetingDetail(actor, id).catch((e) => {
    if (isAppError(e) && e.status === 404) notFound();
    throw e;
  });
  const corrections = await listCorrections(actor, id);
  const draft = detail.minutes.status === "draf";
  return (
    <div className="space-y-6">
      <PageHeader
        title={detail.meeting.title}
        actions={
          <>
            <ButtonLink href={`/sekretariat/risalah/${id}/kehadiran`} variant="secondary">
              Daftar hadir
            </ButtonLink>
            <ButtonLink href={`/sekretariat/risalah/${id}/notulen`}>
              {draft ? "Tulis notulen" : "Lihat notulen"}
            </ButtonLink>
            <ButtonLink href={`/sekretariat/risalah/${id}/versi`} variant="secondary">
              Riwayat versi
            </ButtonLink>
            {draft ? (
              <ButtonLink href={`/sekretariat/risalah/${id}/ubah`} variant="ghost">
                Ubah data rapat
              </ButtonLink>
            ) : null}
          </>
        }
      />
      {(await searchParams).dibuat ? (
        <Alert tone="success">Rapat tersimpan. Daftar hadir dibuat dari keanggotaan badan rapat.</Alert>
      ) : null}
      <MeetingSummary detail={detail} />
      <Card>
        <h2 className="mb-3 text-lg font-bold">Alur risalah</h2>
        <WorkflowPanel
          detail={detail}
          actions={{
            submit: submitForReviewAction.bind(null, id),
            returnDraft: returnToDraftAction.bind(null, id),
            approve: approveMinutesAction.bind(null, id),
            sign: signMinutesAction.bind(null, id),
            publish: publishMinutesAction.bind(null, id),
            correction: startCorrectionAction.bind(null, id),
          }}
        />
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-bold">Dokumen PDF bertanda tangan</h2>
        <DocumentsList documents={detail.documents} />
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-bold">Usulan koreksi anggota</h2>
        <CorrectionsList items={corrections} respond={(cid) => respondCorrectionAction.bind(null, cid)} />
      </Card>
    </div>
  );
}
