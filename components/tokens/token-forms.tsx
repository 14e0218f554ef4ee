"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/http/form-state";

type Action = (prev: FormState, fd: FormData) => Promise<FormState>;

export function CreateTokenForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const token = (state.data as { token?: string } | undefined)?.token;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage status={state.status} message={state.message} />
      {token ? (
        <p className="rounded-md border border-green-300 bg-green-50 p-3">
          <span className="block text-sm font-semibold">Token baru:</span>
          <code className="block font-mono text-sm break-all select-all">{token}</code>
        </p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="name"
          label="Nama token"
          required
          hint="Mis. Pemindai surat ruang TU."
          defaultValue={state.values?.name}
          errors={state.fieldErrors?.name}
          maxLength={80}
        />
        <SelectField
          name="scope"
          label="Cakupan"
          required
          options={[
            { value: "read", label: "Baca saja" },
            { value: "write", label: "Baca dan tulis" },
          ]}
          defaultValue={state.values?.scope ?? "read"}
          errors={state.fieldErrors?.scope}
        />
      </div>
      <SubmitButton>Buat token</SubmitButton>
    </form>
  );
}

export function RevokeTokenForm({ action, name }: { action: Action; name: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction}>
      <FormMessage status={state.status} message={state.status === "error" ? state.message : undefined} />
      <ConfirmSubmit
        title={`Cabut token "${name}"?`}
        description="Aplikasi yang memakai token ini tidak dapat mengakses Si Dilan lagi."
      >
        Cabut
      </ConfirmSubmit>
    </form>
  );
}
