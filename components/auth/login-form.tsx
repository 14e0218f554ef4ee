"use client";

import { useActionState } from "react";
import { loginAction } from "@/lib/auth/actions";
import { initialFormState } from "@/lib/http/form-state";
import { FormMessage } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

export function LoginForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, action] = useActionState(loginAction, initialFormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage status={state.status} message={state.message} />
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? ""} />
      <TextField
        name="email"
        label="Email"
        type="email"
        autoComplete="username"
        required
        defaultValue={state.values?.email}
        errors={state.fieldErrors?.email}
        maxLength={254}
      />
      <TextField
        name="password"
        label="Kata sandi"
        type="password"
        autoComplete="current-password"
        required
        errors={state.fieldErrors?.password}
        maxLength={200}
      />
      <SubmitButton pendingText="Memeriksa…" className="w-full">
        Masuk
      </SubmitButton>
    </form>
  );
}
