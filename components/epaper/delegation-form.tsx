"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/http/form-state";

type Option = { value: string; label: string };

/** Record a delegation: who signs a.n. or as Plh. for whom, from which day to which day. */
export function DelegationForm({
  action,
  people,
  modes,
}: {
  action: (p: FormState, fd: FormData) => Promise<FormState>;
  people: Option[];
  modes: Option[];
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const fe = state.fieldErrors ?? {};
  const v = state.status === "error" ? (state.values ?? {}) : {};
  return (
    <form action={formAction} className="grid gap-4 sm:grid-cols-2" noValidate>
      <div className="sm:col-span-2">
        <FormMessage status={state.status} message={state.message} />
      </div>
      <SelectField
        name="principalId"
        label="Pejabat yang diwakili"
        required
        placeholder="Pilih pejabat"
        options={people}
        defaultValue={v.principalId}
        errors={fe.principalId}
      />
      <SelectField
        name="delegateId"
        label="Pejabat yang mewakili"
        required
        placeholder="Pilih pejabat"
        options={people}
        defaultValue={v.delegateId}
        errors={fe.delegateId}
      />
      <SelectField
        name="mode"
        label="Bentuk"
        required
        placeholder="Pilih a.n. atau Plh."
        options={modes}
        defaultValue={v.mode}
        errors={fe.mode}
        hint="a.n.: menandatangani atas nama. Plh.: pelaksana harian selama pejabat berhalangan."
      />
      <TextField name="note" label="Keterangan (opsional)" defaultValue={v.note} errors={fe.note} maxLength={500} />
      <TextField name="startsOn" label="Mulai" type="date" required defaultValue={v.startsOn} errors={fe.startsOn} />
      <TextField name="endsOn" label="Sampai" type="date" required defaultValue={v.endsOn} errors={fe.endsOn} />
      <div className="sm:col-span-2">
        <SubmitButton>Catat delegasi</SubmitButton>
      </div>
    </form>
  );
}
