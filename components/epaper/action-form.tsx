"use client";

import { useActionState, type ReactNode } from "react";
import { FormMessage } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/http/form-state";

/** A form posting to a server action, with its message and field errors shown above the button. */
export function ActionForm({
  action,
  submitLabel,
  children,
  variant,
}: {
  action: (prev: FormState, fd: FormData) => Promise<FormState>;
  submitLabel: string;
  children?: ReactNode;
  variant?: "primary" | "secondary" | "danger";
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const errors = Object.entries(state.fieldErrors ?? {}).flatMap(([, v]) => v ?? []);
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage status={state.status} message={state.message} />
      {errors.length ? (
        <ul className="list-disc pl-5 text-sm text-red-700" role="alert">
          {errors.map((e, i) => (
            <li key={i}>{e}</li>
          ))}
        </ul>
      ) : null}
      {children}
      <SubmitButton variant={variant}>{submitLabel}</SubmitButton>
    </form>
  );
}
