"use client";

import { useActionState, useState } from "react";
import { useEarlyInput } from "@/components/form/use-early-input";
import { loginAction } from "@/lib/auth/actions";
import { initialFormState } from "@/lib/http/form-state";
import { FormMessage } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

export function LoginForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, action] = useActionState(loginAction, initialFormState);
  // Controlled, so the password survives the round trip when the second factor is asked for.
  const [password, setPassword] = useState("");
  const ref = useEarlyInput<HTMLFormElement>((early) => {
    if (typeof early.password === "string") setPassword(early.password);
  });
  const needOtp = Boolean((state.data as { needOtp?: boolean } | undefined)?.needOtp);
  return (
    <form ref={ref} action={action} className="space-y-4" noValidate>
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
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        errors={state.fieldErrors?.password}
        maxLength={200}
      />
      {needOtp ? (
        <TextField
          name="otp"
          label="Kode verifikasi dua langkah"
          hint="6 angka dari aplikasi autentikator, atau salah satu kode pemulihan."
          autoComplete="one-time-code"
          inputMode="text"
          required
          autoFocus
          errors={state.fieldErrors?.otp}
          maxLength={20}
        />
      ) : null}
      <SubmitButton pendingText="Memeriksa…" className="w-full">
        Masuk
      </SubmitButton>
    </form>
  );
}
