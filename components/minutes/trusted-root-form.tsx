"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { TextAreaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/http/form-state";

/** Add a CA certificate (PEM) to the trusted roots for imported signer certificates. */
export function TrustedRootForm({ action }: { action: (p: FormState, fd: FormData) => Promise<FormState> }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormMessage status={state.status} message={state.message} />
      <TextAreaField
        name="pem"
        label="Sertifikat akar (PEM)"
        hint="Diawali -----BEGIN CERTIFICATE-----. Penambahan tercatat di log audit."
        rows={6}
        maxLength={20000}
        required
        defaultValue={state.status === "error" ? state.values?.pem : undefined}
        errors={state.fieldErrors?.pem}
        className="font-mono text-xs"
      />
      <SubmitButton variant="secondary">Tambah akar tepercaya</SubmitButton>
    </form>
  );
}
