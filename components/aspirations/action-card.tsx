"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { FormFieldErrors } from "@/components/ui/field-context";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/http/form-state";

/**
 * One staff/member action on an aspiration: the fields (server-rendered children, from the
 * `components/ui/field` kit, each showing its own error beside it), the form-level result in a live
 * region, and an optional confirmation for destructive steps.
 */
export function ActionCard({
  action,
  title,
  submitLabel,
  confirm,
  children,
}: {
  action: (prev: FormState, fd: FormData) => Promise<FormState>;
  title: string;
  submitLabel: string;
  confirm?: string;
  children: React.ReactNode;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" noValidate>
      <h3 className="font-bold">{title}</h3>
      <FormFieldErrors errors={state.fieldErrors}>{children}</FormFieldErrors>
      <FormMessage status={state.status} message={state.message} />
      {confirm ? (
        <ConfirmSubmit title={title} description={confirm}>
          {submitLabel}
        </ConfirmSubmit>
      ) : (
        <SubmitButton>{submitLabel}</SubmitButton>
      )}
    </form>
  );
}
