"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { TextField } from "@/components/ui/field";
import { initialFormState, type FormState } from "@/lib/http/form-state";

type Action = (prev: FormState, fd: FormData) => Promise<FormState>;

/** Approve a draft and issue its number, after confirmation. */
export function IssueForm({ action, format }: { action: Action; format: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-2">
      <FormMessage status={state.status} message={state.message} />
      <ConfirmSubmit
        variant="primary"
        title="Setujui dan terbitkan nomor?"
        description={`Nomor berikutnya dari register diberikan sekarang (format ${format}). Nomor yang sudah terbit tidak dapat ditarik atau dipakai ulang.`}
        confirmLabel="Ya, terbitkan nomor"
      >
        Setujui dan terbitkan nomor
      </ConfirmSubmit>
    </form>
  );
}

/** Cancel a letter or a reservation with a reason, after confirmation. */
export function CancelWithReasonForm({
  action,
  label,
  title,
  description,
  idPrefix,
}: {
  action: Action;
  label: string;
  title: string;
  description: string;
  idPrefix: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-2" noValidate>
      <FormMessage status={state.status} message={state.message} />
      <TextField
        id={`${idPrefix}-reason`}
        name="reason"
        label="Alasan pembatalan"
        required
        maxLength={500}
        defaultValue={state.status === "error" ? state.values?.reason : ""}
        errors={state.fieldErrors?.reason}
      />
      <ConfirmSubmit title={title} description={description} confirmLabel="Ya, batalkan">
        {label}
      </ConfirmSubmit>
    </form>
  );
}
