"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/http/form-state";
import { resendCorrectionAction } from "@/lib/pokir/actions";

/** Ask for a new one-time correction link (sent to the contact given at submission). */
export function ResendCorrectionForm({ code }: { code: string }) {
  const [state, action] = useActionState(resendCorrectionAction, initialFormState);
  return (
    <form action={action} className="space-y-2 text-sm">
      <input type="hidden" name="kode" value={code} />
      <FormMessage status={state.status} message={state.message} />
      <p>Usulan dikembalikan dan tautan perbaikan hilang atau kedaluwarsa?</p>
      <SubmitButton variant="secondary">Kirim ulang tautan perbaikan</SubmitButton>
    </form>
  );
}
