"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { initialFormState, type FormState } from "@/lib/http/form-state";

/** End a delegation early, after confirmation. */
export function RevokeDelegationForm({
  action,
  summary,
}: {
  action: (p: FormState, fd: FormData) => Promise<FormState>;
  summary: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-2">
      <FormMessage status={state.status} message={state.message} />
      <ConfirmSubmit
        variant="secondary"
        title="Akhiri delegasi ini?"
        description={`${summary}. Setelah diakhiri, surat tidak dapat lagi ditandatangani dengan delegasi ini.`}
        confirmLabel="Ya, akhiri"
      >
        Akhiri
      </ConfirmSubmit>
    </form>
  );
}
