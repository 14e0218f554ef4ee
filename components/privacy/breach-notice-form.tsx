"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { CheckboxField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/http/form-state";

type Action = (prev: FormState, fd: FormData) => Promise<FormState>;

/** Breach notice to affected citizens: counts first; queued only when "kirim" is ticked. */
export function BreachNoticeForm({
  action,
  defaultSubject,
  defaultBody,
}: {
  action: Action;
  defaultSubject: string;
  defaultBody: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const v = state.values;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage status={state.status} message={state.message} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="since"
          type="date"
          label="Dibuat sejak (00.00 WITA)"
          required
          defaultValue={v?.since}
          errors={state.fieldErrors?.since}
        />
        <TextField
          name="until"
          type="date"
          label="Sampai sebelum (00.00 WITA)"
          required
          defaultValue={v?.until}
          errors={state.fieldErrors?.until}
        />
      </div>
      <TextField
        name="subject"
        label="Subjek"
        required
        defaultValue={v?.subject ?? defaultSubject}
        errors={state.fieldErrors?.subject}
        maxLength={200}
      />
      <TextAreaField
        name="body"
        label="Isi pemberitahuan"
        hint="{kode} diganti dengan kode pelacakan milik penerima. Maksimal 3.500 karakter."
        required
        rows={14}
        defaultValue={v?.body ?? defaultBody}
        errors={state.fieldErrors?.body}
      />
      <CheckboxField
        name="kirim"
        label="Kirim sekarang"
        hint="Tanpa centang ini hanya dihitung jumlah penerimanya. Periksa jumlah dan teksnya dahulu: pemberitahuan yang sama tidak dapat dikirim dua kali."
      />
      <SubmitButton>Lanjutkan</SubmitButton>
    </form>
  );
}
