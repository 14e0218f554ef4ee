"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { CheckboxField, SelectField, TextField } from "@/components/ui/field";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/http/form-state";

export type FieldSpec =
  | {
      kind: "text" | "number" | "date";
      name: string;
      label: string;
      defaultValue?: string | number;
      maxLength?: number;
    }
  | { kind: "checkbox"; name: string; label: string; defaultChecked?: boolean }
  | {
      kind: "select";
      name: string;
      label: string;
      options: { value: string; label: string }[];
      defaultValue?: string;
      multiple?: boolean;
      defaultValues?: string[];
    };

/** A compact form for one reference-data row; ids keep fields unique when many rows share a page. */
export function InlineForm({
  action,
  fields,
  submit,
  idPrefix,
  danger,
}: {
  action: (p: FormState, f: FormData) => Promise<FormState>;
  fields: FieldSpec[];
  submit: string;
  idPrefix: string;
  danger?: { title: string; description: string };
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const fe = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="space-y-2" noValidate>
      <FormMessage status={state.status} message={state.message} />
      <div className="grid items-end gap-3 sm:grid-cols-[repeat(auto-fit,minmax(10rem,1fr))]">
        {fields.map((f) => {
          const id = `${idPrefix}-${f.name}`;
          if (f.kind === "checkbox")
            return (
              <CheckboxField
                key={f.name}
                id={id}
                name={f.name}
                label={f.label}
                defaultChecked={f.defaultChecked}
                errors={fe[f.name]}
              />
            );
          if (f.kind === "select")
            return (
              <SelectField
                key={f.name}
                id={id}
                name={f.name}
                label={f.label}
                options={f.options}
                multiple={f.multiple}
                defaultValue={f.multiple ? f.defaultValues : f.defaultValue}
                errors={fe[f.name]}
              />
            );
          return (
            <TextField
              key={f.name}
              id={id}
              name={f.name}
              label={f.label}
              type={f.kind}
              defaultValue={state.values?.[f.name] ?? f.defaultValue}
              maxLength={f.maxLength}
              errors={fe[f.name]}
            />
          );
        })}
        <div>
          {danger ? (
            <ConfirmSubmit title={danger.title} description={danger.description}>
              {submit}
            </ConfirmSubmit>
          ) : (
            <SubmitButton variant="secondary">{submit}</SubmitButton>
          )}
        </div>
      </div>
    </form>
  );
}
