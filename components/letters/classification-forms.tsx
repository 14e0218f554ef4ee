"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { CheckboxField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/http/form-state";

type Action = (prev: FormState, fd: FormData) => Promise<FormState>;

export interface CodeValues {
  code?: string;
  title?: string;
  retentionActiveYears?: number | null;
  retentionInactiveYears?: number | null;
  isActive?: boolean;
}

/** Add a code (when `isNew`) or correct one: title, retention years, active. */
export function ClassificationForm({
  action,
  initial = {},
  isNew,
  idPrefix,
}: {
  action: Action;
  initial?: CodeValues;
  isNew?: boolean;
  idPrefix: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const fe = state.fieldErrors ?? {};
  const v = (k: keyof CodeValues) =>
    state.status === "error" ? (state.values?.[k] ?? "") : initial[k] == null ? "" : String(initial[k]);
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormMessage status={state.status} message={state.message} />
      <div className="grid gap-3 sm:grid-cols-6 sm:items-start">
        {isNew ? (
          <div className="sm:col-span-1">
            <TextField
              id={`${idPrefix}-code`}
              name="code"
              label="Kode"
              required
              maxLength={30}
              defaultValue={v("code")}
              errors={fe.code}
              hint="mis. 000.1.5.9"
            />
          </div>
        ) : null}
        <div className={isNew ? "sm:col-span-2" : "sm:col-span-3"}>
          <TextField
            id={`${idPrefix}-title`}
            name="title"
            label="Uraian"
            required
            maxLength={200}
            defaultValue={v("title")}
            errors={fe.title}
          />
        </div>
        <TextField
          id={`${idPrefix}-aktif`}
          name="retentionActiveYears"
          label="Retensi aktif (tahun)"
          type="number"
          min={0}
          max={100}
          inputMode="numeric"
          defaultValue={v("retentionActiveYears")}
          errors={fe.retentionActiveYears}
        />
        <TextField
          id={`${idPrefix}-inaktif`}
          name="retentionInactiveYears"
          label="Retensi inaktif (tahun)"
          type="number"
          min={0}
          max={100}
          inputMode="numeric"
          defaultValue={v("retentionInactiveYears")}
          errors={fe.retentionInactiveYears}
        />
        <div className="sm:pt-7">
          <CheckboxField
            id={`${idPrefix}-active`}
            name="isActive"
            label="Aktif"
            defaultChecked={isNew ? true : Boolean(initial.isActive)}
            errors={fe.isActive}
          />
        </div>
      </div>
      <SubmitButton variant={isNew ? "primary" : "secondary"}>{isNew ? "Tambah kode" : "Simpan"}</SubmitButton>
    </form>
  );
}
