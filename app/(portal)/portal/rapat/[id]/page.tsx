import type { Metadata } from "next";
import Link from "next/link";
import { CorrectionsList } from "@/components/minutes/corrections-list";
import { DocumentsList } from "@/components/minutes/documents-list";
import { MeetingSummary } from "@/components/minutes/meeting-summary";
import { MinutesView } from "@/components/minutes/minutes-view";
import { WorkflowPanel } from "@/components/minutes/workflow-panel";
import { ConfirmDraftForm, ProposeCorrectionForm } from "@/components/minutes/workflow-forms";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/misc";
import { requirePageActor } from "@/lib/auth/page";
import { formatDateTime } from "@/lib/format";
import {
  approveMinutesAction,
  confirmDraftAction,
  proposeCorrectionAction,
  publishMinutesAction,
  returnToDraftAction,
  signMinutesAction,
  startCorrectionAction,
  submitForReviewAction,
} from "@/lib/minutes/actions";
import { parseStoredContent } from "@/lib/minutes/content";
import { listCorrections } from "@/lib/minutes/corrections";
import { meetingLabels } from "@/lib/minutes/drafts";
import { orNotFound } from "@/lib/minutes/page-helpers";
import { getMeetingDetail } from "@/lib/minutes/queries";
import { confirmationGuard, correctionGuard, correctionWindow } from "@/lib/minutes/workflow-rules";

export const metadata: Metadata = { title: "Rapat" };

export default async function MemberMeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("meeting.read");
  const { id } = await params;
  const detail = await orNotFound(getMeetingDetail(actor, id));
  const [labels, corrections] = await Promise.all([meetingLabels(id), listCorrections(actor, id)]);
  const content = parseStoredContent(detail.minutes.content, labels.agendaIds);
  const window = correctionWindow(detail.minutes.reviewStartedAt, detail.minutes.correctionDeadline, new Date());
  const canCorrect = correctionGuard(detail.minutes.status, window, detail.scope.inBody || detail.scope.isChair);
  const attended = detail.attendance.some((a) => a.userId === actor.id && a.status === "hadir");
  const canConfirm =
    !detail.scope.isChair &&
    confirmationGuard(detail.minutes.status, window, attended).ok &&
    !detail.confirmations.mine;
  const showDraft = detail.minutes.status !== "draf" || detail.minutes.reviewStartedAt;
  const sections = [
    "Pembukaan",
    ...labels.agenda.map((a, i) => `Acara ${i + 1}: ${a.title}`.slice(0, 120)),
    "Penutup",
    "Daftar hadir",
    "Lainnya",
  ];
  return (
    <div className="space-y-6">
      <PageHeader title={detail.meeting.title} description={<Link href="/portal/rapat">Kembali ke Rapat Saya</Link>} />
      <MeetingSummary detail={detail} />
      {detail.scope.isChair ? (
        <Card>
          <h2 className="mb-3 text-lg font-bold">Tugas Anda sebagai ketua rapat</h2>
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
      ) : null}
      <Card>
        <h2 className="mb-3 text-lg font-bold">Draf risalah</h2>
        {showDraft ? (
          <MinutesView content={content} agenda={labels.agenda} speakers={labels.speakers} />
        ) : (
          <p className="text-sm text-slate-600">Draf belum diedarkan oleh notulis.</p>
        )}
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-bold">Usulan koreksi</h2>
        {canCorrect.ok ? (
          <>
            <Alert>Masa koreksi berakhir {formatDateTime(window.closesAt)}.</Alert>
            {canConfirm ? (
              <div className="mt-3">
                <ConfirmDraftForm
                  action={confirmDraftAction.bind(null, id)}
                  confirmedBefore={detail.confirmations.mineStale}
                />
              </div>
            ) : detail.confirmations.mine ? (
              <p className="mt-3 text-sm text-slate-700">
                Anda telah mengonfirmasi bahwa draf ini tidak perlu dikoreksi. Anda tetap dapat mengusulkan koreksi
                sampai masa koreksi berakhir.
              </p>
            ) : null}
            <div className="mt-3">
              <ProposeCorrectionForm action={proposeCorrectionAction.bind(null, id)} sections={sections} />
            </div>
          </>
        ) : (
          <p className="text-sm text-slate-600">{canCorrect.reason}</p>
        )}
        <div className="mt-4">
          <CorrectionsList items={corrections} />
        </div>
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-bold">Dokumen PDF</h2>
        <DocumentsList
          documents={detail.scope.isChair ? detail.documents : detail.documents.filter((d) => d.completedAt)}
        />
      </Card>
    </div>
  );
}
