import { Alert } from "@/components/ui/alert";
import { formatDateTime } from "@/lib/format";
import type { FormState } from "@/lib/http/form-state";
import type { MeetingDetail } from "@/lib/minutes/queries";
import { guard, type WorkflowContext } from "@/lib/minutes/workflow-rules";
import { FlashProvider } from "./flash";
import { NoteForm, SignForm, StepForm } from "./workflow-forms";

type Action = (prev: FormState, fd: FormData) => Promise<FormState>;
export interface WorkflowActions {
  submit: Action;
  returnDraft: Action;
  approve: Action;
  sign: Action;
  publish: Action;
  correction: Action;
}

/** Where the minutes stand and the steps this person may take now (guards decide, the server re-checks). */
export function WorkflowPanel({ detail, actions }: { detail: MeetingDetail; actions: WorkflowActions }) {
  const { minutes, scope, meeting, documents, confirmations } = detail;
  const current = documents[0];
  const inProgress = current && !current.completedAt ? current : null;
  const ctx: WorkflowContext = {
    status: minutes.status,
    isChair: scope.isChair,
    isSecretary: scope.isSecretary,
    isOffice: scope.isOffice,
    nature: meeting.nature,
    chairSigned: Boolean(inProgress?.signatures.some((s) => s.role === "ketua")),
    secretarySigned: Boolean(inProgress?.signatures.some((s) => s.role === "sekretaris")),
  };
  const ok = (a: Parameters<typeof guard>[0]) => guard(a, ctx).ok;
  const sign = guard("tandatangani", ctx);
  return (
    <FlashProvider>
      <div className="space-y-4">
        {minutes.status === "draf" ? (
          <Alert>Draf sedang ditulis notulis. Setelah lengkap, ajukan kepada ketua rapat untuk ditinjau.</Alert>
        ) : null}
        {minutes.status === "ditinjau" ? (
          <Alert tone="warning" title={`Menunggu tinjauan ketua rapat (${meeting.chairName})`}>
            Anggota dapat mengusulkan koreksi sampai {formatDateTime(minutes.correctionDeadline)}.{" "}
            {confirmations.confirmed} dari {confirmations.expected} anggota yang hadir telah mengonfirmasi draf tanpa
            koreksi.
          </Alert>
        ) : null}
        {minutes.status === "final" ? (
          <Alert tone="info" title="Final dan terkunci">
            {ctx.chairSigned
              ? `Ketua rapat sudah menandatangani. Menunggu tanda tangan sekretaris rapat (${meeting.secretaryName}).`
              : `Menunggu tanda tangan ketua rapat (${meeting.chairName}), lalu sekretaris rapat.`}
          </Alert>
        ) : null}
        {minutes.status === "ditandatangani" ? (
          <Alert tone="success" title="Ditandatangani lengkap">
            {meeting.nature === "terbuka"
              ? "Risalah rapat terbuka ini siap diterbitkan untuk publik."
              : "Rapat tertutup: risalah tidak diterbitkan untuk publik."}
          </Alert>
        ) : null}
        {minutes.status === "terbit" ? (
          <Alert tone="success" title="Terbit">
            Risalah dapat dibaca dan diverifikasi publik di /risalah.
          </Alert>
        ) : null}

        {ok("ajukan") ? (
          <StepForm
            action={actions.submit}
            label="Ajukan kepada ketua rapat"
            confirm={{
              title: "Ajukan draf untuk ditinjau?",
              description:
                "Draf tidak dapat diubah selama ditinjau ketua rapat. Masa koreksi anggota dimulai sekarang.",
            }}
          />
        ) : null}
        {ok("setujui") && minutes.correctionState === "terbuka" && !confirmations.all ? (
          <NoteForm
            action={actions.approve}
            name="earlyReason"
            label="Alasan menyetujui sebelum masa koreksi berakhir"
            hint={`Masa koreksi anggota masih berjalan; ${confirmations.confirmed} dari ${confirmations.expected} anggota yang hadir telah mengonfirmasi draf tanpa koreksi. Tanpa alasan, risalah dapat disetujui setelah semuanya mengonfirmasi atau setelah masa koreksi berakhir. Alasan dicatat dalam jejak audit; usulan koreksi yang belum ditanggapi harus dijawab lebih dahulu.`}
            submitLabel="Setujui lebih awal dan kunci risalah"
          />
        ) : ok("setujui") ? (
          <StepForm
            action={actions.approve}
            label="Setujui dan kunci risalah"
            confirm={{
              title: "Setujui risalah?",
              description: `${
                minutes.correctionState === "terbuka"
                  ? `Semua ${confirmations.expected} anggota yang hadir telah mengonfirmasi draf tanpa koreksi. `
                  : ""
              }Risalah menjadi final dan terkunci, lalu dibuat sebagai dokumen PDF yang akan Anda tandatangani.`,
            }}
          />
        ) : null}
        {ok("kembalikan") ? (
          <NoteForm
            action={actions.returnDraft}
            name="note"
            label="Catatan untuk notulis"
            hint="Jelaskan bagian yang perlu diperbaiki."
            submitLabel="Kembalikan ke notulis"
          />
        ) : null}
        {sign.ok ? (
          <SignForm action={actions.sign} roleLabel={sign.signAs === "ketua" ? "Ketua Rapat" : "Sekretaris Rapat"} />
        ) : null}
        {ok("terbitkan") ? (
          <StepForm
            action={actions.publish}
            label="Terbitkan risalah"
            confirm={{
              title: "Terbitkan risalah untuk publik?",
              description: "Dokumen bertanda tangan akan tampil di /risalah dan dapat diunduh siapa saja.",
            }}
          />
        ) : null}
        {ok("koreksi") ? (
          <details className="rounded-md border border-slate-200 p-3">
            <summary className="cursor-pointer font-semibold">Koreksi setelah ditandatangani</summary>
            <div className="mt-3">
              <NoteForm
                action={actions.correction}
                name="reason"
                label="Alasan koreksi"
                hint="Draf dibuka kembali; dokumen lama tetap dapat diunduh dan ditandai digantikan setelah versi baru ditandatangani."
                submitLabel="Buka koreksi"
                variant="danger"
              />
            </div>
          </details>
        ) : null}
      </div>
    </FlashProvider>
  );
}
