"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { TextAreaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/http/form-state";

type Action = (prev: FormState, fd: FormData) => Promise<FormState>;

/** Rate the answer 1–5 with an optional comment. */
export function RateForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState(action, initialFormState);
  if (state.status === "success") return <FormMessage status="success" message={state.message} />;
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormMessage status={state.status} message={state.message} />
      <fieldset aria-describedby={state.fieldErrors?.rating ? "rating-error" : undefined}>
        <legend className="text-sm font-semibold">Nilai tindak lanjut (1 = sangat kurang, 5 = sangat baik)</legend>
        <div className="mt-2 flex flex-wrap gap-2">
          {[1, 2, 3, 4, 5].map((n) => (
            <label
              key={n}
              className="flex min-h-11 min-w-11 cursor-pointer items-center justify-center gap-1 rounded-md border border-slate-400 px-3 has-checked:border-brand-700 has-checked:bg-brand-50"
            >
              <input
                type="radio"
                name="rating"
                value={n}
                defaultChecked={state.values?.rating === String(n)}
                className="accent-brand-700"
              />
              {n}
            </label>
          ))}
        </div>
        {state.fieldErrors?.rating ? (
          <p id="rating-error" className="mt-1 text-sm font-medium text-red-700">
            {state.fieldErrors.rating[0]}
          </p>
        ) : null}
      </fieldset>
      <TextAreaField
        name="comment"
        id="rating-comment"
        label="Komentar (opsional)"
        maxLength={1000}
        rows={3}
        defaultValue={state.values?.comment}
        errors={state.fieldErrors?.comment}
      />
      <SubmitButton pendingText="Mengirim…">Kirim penilaian</SubmitButton>
    </form>
  );
}

/** Reopen with a reason (within 14 days of selesai). */
export function ReopenForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState(action, initialFormState);
  if (state.status === "success") return <FormMessage status="success" message={state.message} />;
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormMessage status={state.status} message={state.message} />
      <TextAreaField
        name="reason"
        id="reopen-reason"
        label="Alasan membuka kembali"
        required
        maxLength={2000}
        rows={3}
        defaultValue={state.values?.reason}
        errors={state.fieldErrors?.reason}
        hint="Mis. masalah belum tuntas atau muncul lagi."
      />
      <SubmitButton variant="secondary" pendingText="Mengirim…">
        Buka kembali aspirasi
      </SubmitButton>
    </form>
  );
}
