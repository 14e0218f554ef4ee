"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { RETENTION_DECISIONS, RETENTION_DECISION_LABELS } from "@/lib/letters/constants";
import { initialFormState, type FormState } from "@/lib/http/form-state";

/** Record a retention review decision (the letter itself is never deleted here). */
export function RetentionReviewForm({
  action,
  idPrefix,
}: {
  action: (prev: FormState, fd: FormData) => Promise<FormState>;
  idPrefix: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="grid gap-2 sm:grid-cols-3 sm:items-end" noValidate>
      <div className="sm:col-span-3">
        <FormMessage status={state.status} message={state.message} />
      </div>
      <SelectField
        id={`${idPrefix}-decision`}
        name="decision"
        label="Keputusan"
        placeholder="Pilih"
        options={RETENTION_DECISIONS.map((d) => ({ value: d, label: RETENTION_DECISION_LABELS[d] }))}
        errors={state.fieldErrors?.decision}
      />
      <TextField
        id={`${idPrefix}-note`}
        name="note"
        label="Catatan"
        maxLength={1000}
        errors={state.fieldErrors?.note}
      />
      <SubmitButton variant="secondary">Catat peninjauan</SubmitButton>
    </form>
  );
}
