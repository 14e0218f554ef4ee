"use client";

import { useActionState, type ReactNode } from "react";
import { FormMessage } from "@/components/ui/alert";
import type { ButtonVariant } from "@/components/ui/button";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { FormFieldErrors } from "@/components/ui/field-context";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/http/form-state";

/**
 * One small form around a (bound) server action: optional fields, a submit button, optionally a
 * confirmation dialog, and the result announced in a live region. Fields from the ui kit inside it
 * show their own errors from the form state.
 */
export function ActionForm({
  action,
  label,
  children,
  confirm,
  variant = "primary",
}: {
  action: (prev: FormState, fd: FormData) => Promise<FormState>;
  label: string;
  children?: (state: FormState) => ReactNode;
  confirm?: { title: string; description: string };
  variant?: ButtonVariant;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage status={state.status} message={state.message} />
      <FormFieldErrors errors={state.fieldErrors}>{children?.(state)}</FormFieldErrors>
      {confirm ? (
        <ConfirmSubmit title={confirm.title} description={confirm.description} variant={variant}>
          {label}
        </ConfirmSubmit>
      ) : (
        <SubmitButton variant={variant}>{label}</SubmitButton>
      )}
    </form>
  );
}
