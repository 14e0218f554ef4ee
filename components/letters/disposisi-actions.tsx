"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { CheckboxField, TextAreaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/http/form-state";

type Action = (prev: FormState, fd: FormData) => Promise<FormState>;

/** Confirm receipt of a branch (the time is recorded). */
export function ReceiveForm({ action, label }: { action: Action; label: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-2">
      <FormMessage status={state.status} message={state.message} />
      <SubmitButton pendingText="Mengonfirmasi…">{label}</SubmitButton>
    </form>
  );
}

/** Report the follow-up of a branch; tick the box to close it. */
export function ReportForm({ action, idPrefix }: { action: Action; idPrefix: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const fe = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormMessage status={state.status} message={state.message} />
      <TextAreaField id={`${idPrefix}-note`} name="note" label="Laporan tindak lanjut" required maxLength={2000} rows={3} defaultValue={state.status === "error" ? state.values?.note : ""} errors={fe.note} />
      <CheckboxField id={`${idPrefix}-close`} name="close" label="Tutup cabang disposisi ini (tindak lanjut selesai)" errors={fe.close} defaultChecked={state.status === "error" && state.values?.close === "on"} />
      <SubmitButton variant="secondary" pendingText="Menyimpan…">
        Simpan laporan
      </SubmitButton>
    </form>
  );
}
