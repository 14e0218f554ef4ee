"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { initialFormState, type FormState } from "@/lib/http/form-state";

/** Archive a letter after confirmation. */
export function ArchiveForm({ action }: { action: (prev: FormState, fd: FormData) => Promise<FormState> }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-2">
      <FormMessage status={state.status} message={state.message} />
      <ConfirmSubmit
        variant="secondary"
        title="Arsipkan surat ini?"
        description="Surat yang diarsipkan tidak dapat didisposisikan lagi. Surat tetap tersimpan dan dapat dicari."
        confirmLabel="Ya, arsipkan"
      >
        Arsipkan surat
      </ConfirmSubmit>
    </form>
  );
}
