"use client";

import { useActionState, type ReactNode } from "react";
import { FormMessage } from "@/components/ui/alert";
import { CheckboxField, TextAreaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { DisposisiStatus } from "@/lib/letters/constants";
import { initialFormState, type FormState } from "@/lib/http/form-state";

type Action = (prev: FormState, fd: FormData) => Promise<FormState>;

/**
 * A recipient's actions on their branch: confirm receipt, then report (and close). One component
 * for both steps so the last result message survives the re-render that changes the step.
 */
export function BranchPanel({
  status,
  receive,
  report,
  idPrefix,
  forward,
}: {
  status: DisposisiStatus;
  receive: Action;
  report: Action;
  idPrefix: string;
  forward: ReactNode;
}) {
  const [received, receiveAction] = useActionState(receive, initialFormState);
  const [reported, reportAction] = useActionState(report, initialFormState);
  const last = reported.status !== "idle" ? reported : received;
  const fe = reported.fieldErrors ?? {};
  return (
    <div className="space-y-3">
      <FormMessage status={last.status} message={last.message} />
      {status === "dikirim" ? (
        <form action={receiveAction}>
          <SubmitButton pendingText="Mengonfirmasi…">Konfirmasi terima</SubmitButton>
        </form>
      ) : null}
      {status === "diterima" || status === "ditindaklanjuti" ? (
        <>
          <form action={reportAction} className="space-y-3" noValidate>
            <TextAreaField
              id={`${idPrefix}-note`}
              name="note"
              label="Laporan tindak lanjut"
              required
              maxLength={2000}
              rows={3}
              defaultValue={reported.status === "error" ? reported.values?.note : ""}
              errors={fe.note}
            />
            <CheckboxField
              id={`${idPrefix}-close`}
              name="close"
              label="Tutup cabang disposisi ini (tindak lanjut selesai)"
              errors={fe.close}
              defaultChecked={reported.status === "error" && reported.values?.close === "on"}
            />
            <SubmitButton variant="secondary" pendingText="Menyimpan…">
              Simpan laporan
            </SubmitButton>
          </form>
          {forward}
        </>
      ) : null}
    </div>
  );
}
