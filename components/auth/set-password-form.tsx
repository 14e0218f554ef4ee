"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/http/form-state";
import { setPasswordWithTokenAction } from "@/lib/users/actions";

/** Works without JavaScript: a plain form posting to the server action; errors come back beside the fields. */
export function SetPasswordForm({ token, min, max }: { token: string; min: number; max: number }) {
  const [state, action] = useActionState(setPasswordWithTokenAction, initialFormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage status={state.status} message={state.message} />
      <input type="hidden" name="token" value={token} />
      <TextField
        name="password"
        label="Kata sandi baru"
        hint={`Minimal ${min} karakter. Kalimat pendek yang mudah Anda ingat lebih aman daripada kata acak yang pendek.`}
        type="password"
        autoComplete="new-password"
        required
        errors={state.fieldErrors?.password}
        maxLength={max}
      />
      <TextField
        name="confirm"
        label="Ulangi kata sandi"
        type="password"
        autoComplete="new-password"
        required
        errors={state.fieldErrors?.confirm}
        maxLength={max}
      />
      <SubmitButton pendingText="Menyimpan…" className="w-full">
        Simpan kata sandi
      </SubmitButton>
    </form>
  );
}
