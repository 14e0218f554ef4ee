"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/http/form-state";

/**
 * One staff/member action on an aspiration: the fields (server-rendered children), the result in a
 * live region with every field error listed, and an optional confirmation for destructive steps.
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
  const fieldErrors = Object.values(state.fieldErrors ?? {}).flat();
  return (
    <form action={formAction} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" noValidate>
      <h3 className="font-bold">{title}</h3>
      {children}
      <FormMessage status={state.status} message={state.message} />
      {fieldErrors.length ? (
        <ul className="list-disc pl-5 text-sm font-medium text-red-700">
          {fieldErrors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
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
