"use client";

import { UntilHydrated } from "@/components/form/until-hydrated";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import type { FormState } from "@/lib/http/form-state";
import type { RecipientOption } from "@/lib/letters/disposisi/recipient-groups";
import { RecipientFieldset, RecipientPicker } from "./disposisi-fields";
import { useDisposisiForm } from "./use-disposisi-form";

/**
 * Disposition to several recipients at once, each with its own instructions, note and due date.
 * react-hook-form validates with the same zod schema as the server, which validates again.
 */
export function DisposisiForm({
  action,
  options,
  defaultDue,
  fromLabel,
  submitLabel = "Kirim disposisi",
  idPrefix = "dsp",
}: {
  action: (prev: FormState, fd: FormData) => Promise<FormState>;
  options: RecipientOption[];
  defaultDue: string;
  /** Shown (editable) for staff entering the addressee's disposition; omitted when passing a branch down. */
  fromLabel?: string;
  submitLabel?: string;
  idPrefix?: string;
}) {
  const d = useDisposisiForm(action, defaultDue, fromLabel);
  const labelOf = new Map(options.map((o) => [o.key, o.label]));
  return (
    <form onSubmit={d.onSubmit} noValidate>
      <UntilHydrated className="space-y-5">
        <FormMessage status={d.state.status} message={d.state.message} />
        {fromLabel !== undefined ? (
          <TextField
            id={`${idPrefix}-from`}
            label="Disposisi dari"
            hint="Pejabat yang memberi disposisi (mis. Ketua DPRD); staf mencatat disposisi tertulisnya."
            maxLength={150}
            {...d.form.register("fromLabel")}
          />
        ) : null}
        <RecipientPicker
          idPrefix={idPrefix}
          options={options}
          chosen={d.chosen}
          onToggle={d.toggle}
          errors={d.listErrors}
        />
        {d.recipients.fields.map((f, i) => (
          <RecipientFieldset
            key={f.id}
            idPrefix={idPrefix}
            index={i}
            label={labelOf.get(f.key) ?? f.key}
            register={d.form.register}
            errorsFor={d.errorsFor}
            onRemove={() => d.recipients.remove(i)}
          />
        ))}
        <Button type="submit" disabled={d.pending} aria-disabled={d.pending}>
          {d.pending ? "Mengirim…" : submitLabel}
        </Button>
      </UntilHydrated>
    </form>
  );
}
