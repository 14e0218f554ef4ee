"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useActionState, useEffect } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import type { z } from "zod";
import { initialFormState, type FormState } from "@/lib/http/form-state";
import type { RecipientOption } from "@/lib/letters/disposisi/recipient-groups";
import { disposisiSchema } from "@/lib/letters/schema";

export type DisposisiInput = z.input<typeof disposisiSchema>;
type In = DisposisiInput;
type Out = z.output<typeof disposisiSchema>;

/**
 * The disposition form's state: react-hook-form with the server's zod schema, the chosen recipients
 * (a new one copies the previous one's instructions and due date), browser and server errors per
 * recipient field, and a reset after a successful submit.
 */
export function useDisposisiForm(
  action: (prev: FormState, fd: FormData) => Promise<FormState>,
  defaultDue: string,
  fromLabel?: string,
) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const form = useForm<In, unknown, Out>({
    resolver: zodResolver(disposisiSchema),
    defaultValues: { fromLabel: fromLabel ?? "", recipients: [] },
  });
  const recipients = useFieldArray({ control: form.control, name: "recipients" });
  const chosen = new Map(recipients.fields.map((f, i) => [f.key, i]));
  const errs = form.formState.errors;
  const server = state.fieldErrors ?? {};
  const present = (m: string | undefined): m is string => Boolean(m);
  const errorsFor = (i: number, f: "key" | "instructions" | "note" | "dueOn") =>
    [errs.recipients?.[i]?.[f]?.message, ...(server[`recipients.${i}.${f}`] ?? [])].filter(present);
  const listErrors = [errs.recipients?.message, errs.recipients?.root?.message, ...(server.recipients ?? [])].filter(
    present,
  );

  useEffect(() => {
    if (state.status === "success") form.reset({ fromLabel: fromLabel ?? "", recipients: [] });
  }, [state, form, fromLabel]);

  const toggle = (o: RecipientOption) => {
    const at = chosen.get(o.key);
    if (at !== undefined) return recipients.remove(at);
    const last = form.getValues("recipients").at(-1);
    recipients.append({
      key: o.key,
      instructions: last?.instructions ?? ["tindak_lanjuti"],
      note: "",
      dueOn: last?.dueOn ?? defaultDue,
    });
  };

  const onSubmit = form.handleSubmit((values) => {
    const fd = new FormData();
    fd.set("payload", JSON.stringify(values));
    startTransition(() => formAction(fd));
  });
  return { state, pending, form, recipients, chosen, errorsFor, listErrors, toggle, onSubmit };
}
