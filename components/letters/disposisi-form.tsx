"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useActionState, useEffect, useMemo, useState } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import type { z } from "zod";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldErrors } from "@/components/ui/field";
import { INSTRUCTIONS, INSTRUCTION_LABELS } from "@/lib/letters/constants";
import { RECIPIENT_GROUP_LABELS, type RecipientGroup, type RecipientOption } from "@/lib/letters/disposisi/recipient-groups";
import { disposisiSchema } from "@/lib/letters/schema";
import { initialFormState, type FormState } from "@/lib/http/form-state";

type In = z.input<typeof disposisiSchema>;
type Out = z.output<typeof disposisiSchema>;
const input = "block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base";

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
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const form = useForm<In, unknown, Out>({ resolver: zodResolver(disposisiSchema), defaultValues: { fromLabel: fromLabel ?? "", recipients: [] } });
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "recipients" });
  const [query, setQuery] = useState("");
  const labelOf = useMemo(() => new Map(options.map((o) => [o.key, o.label])), [options]);
  const chosen = new Map(fields.map((f, i) => [f.key, i]));
  const q = query.trim().toLowerCase();
  const visible = options.filter((o) => !q || o.label.toLowerCase().includes(q) || (o.hint ?? "").toLowerCase().includes(q));
  const groups = (Object.keys(RECIPIENT_GROUP_LABELS) as RecipientGroup[]).map((g) => ({ g, items: visible.filter((o) => o.group === g) })).filter((x) => x.items.length);
  const errs = form.formState.errors;
  const server = state.fieldErrors ?? {};
  const errorsFor = (i: number, f: string) => [errs.recipients?.[i]?.[f as "key"]?.message, ...(server[`recipients.${i}.${f}`] ?? [])].filter((m): m is string => Boolean(m));
  const listErrors = [errs.recipients?.message, errs.recipients?.root?.message, ...(server.recipients ?? [])].filter((m): m is string => Boolean(m));

  useEffect(() => {
    if (state.status === "success") form.reset({ fromLabel: fromLabel ?? "", recipients: [] });
  }, [state, form, fromLabel]);

  const toggle = (o: RecipientOption) => {
    const at = chosen.get(o.key);
    if (at !== undefined) return remove(at);
    const last = form.getValues("recipients").at(-1);
    append({ key: o.key, instructions: last?.instructions ?? ["tindak_lanjuti"], note: "", dueOn: last?.dueOn ?? defaultDue });
  };

  const onSubmit = form.handleSubmit((values) => {
    const fd = new FormData();
    fd.set("payload", JSON.stringify(values));
    startTransition(() => formAction(fd));
  });

  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate>
      <FormMessage status={state.status} message={state.message} />
      {fromLabel !== undefined ? (
        <div className="space-y-1">
          <label htmlFor={`${idPrefix}-from`} className="block text-sm font-semibold">
            Disposisi dari
          </label>
          <p id={`${idPrefix}-from-hint`} className="text-sm text-slate-600">
            Pejabat yang memberi disposisi (mis. Ketua DPRD); staf mencatat disposisi tertulisnya.
          </p>
          <input id={`${idPrefix}-from`} aria-describedby={`${idPrefix}-from-hint`} maxLength={150} className={input} {...form.register("fromLabel")} />
        </div>
      ) : null}
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold">Penerima (boleh lebih dari satu)</legend>
        <label htmlFor={`${idPrefix}-search`} className="sr-only">
          Cari penerima
        </label>
        <input id={`${idPrefix}-search`} type="search" placeholder="Cari nama, unit, atau komisi" value={query} onChange={(e) => setQuery(e.target.value)} className={input} />
        <div className="max-h-72 space-y-3 overflow-y-auto rounded-md border border-slate-200 p-3">
          {groups.map(({ g, items }) => (
            <div key={g}>
              <p className="text-xs font-bold tracking-wide text-slate-600 uppercase">{RECIPIENT_GROUP_LABELS[g]}</p>
              <ul className="mt-1 grid gap-1 sm:grid-cols-2">
                {items.map((o) => (
                  <li key={`${g}-${o.key}`} className="flex items-start gap-2">
                    <input id={`${idPrefix}-${g}-${o.key}`} type="checkbox" className="mt-1 size-5 shrink-0 accent-brand-700" checked={chosen.has(o.key)} onChange={() => toggle(o)} />
                    <label htmlFor={`${idPrefix}-${g}-${o.key}`} className="text-sm">
                      {o.label}
                      {o.hint ? <span className="block text-xs text-slate-600">{o.hint}</span> : null}
                    </label>
                  </li>
                ))}
              </ul>
            </div>
          ))}
          {groups.length === 0 ? <p className="text-sm text-slate-600">Tidak ada penerima yang cocok.</p> : null}
        </div>
        <FieldErrors id={`${idPrefix}-recipients-error`} errors={listErrors} />
      </fieldset>
      {fields.map((f, i) => (
        <fieldset key={f.id} className="space-y-3 rounded-md border border-slate-300 p-4">
          <legend className="px-1 font-semibold">
            {i + 1}. {labelOf.get(f.key) ?? f.key}
          </legend>
          <FieldErrors id={`${idPrefix}-${i}-key-error`} errors={errorsFor(i, "key")} />
          <fieldset aria-describedby={`${idPrefix}-${i}-ins-error`}>
            <legend className="text-sm font-semibold">Instruksi</legend>
            <div className="mt-1 grid gap-1 sm:grid-cols-2">
              {INSTRUCTIONS.map((ins) => (
                <label key={ins} className="flex items-center gap-2 text-sm">
                  <input type="checkbox" value={ins} className="size-5 accent-brand-700" {...form.register(`recipients.${i}.instructions`)} />
                  {INSTRUCTION_LABELS[ins]}
                </label>
              ))}
            </div>
            <FieldErrors id={`${idPrefix}-${i}-ins-error`} errors={errorsFor(i, "instructions")} />
          </fieldset>
          <div className="grid gap-3 sm:grid-cols-3">
            <div className="space-y-1 sm:col-span-2">
              <label htmlFor={`${idPrefix}-${i}-note`} className="block text-sm font-semibold">
                Catatan
              </label>
              <textarea id={`${idPrefix}-${i}-note`} rows={2} maxLength={1000} aria-describedby={`${idPrefix}-${i}-note-error`} className={input} {...form.register(`recipients.${i}.note`)} />
              <FieldErrors id={`${idPrefix}-${i}-note-error`} errors={errorsFor(i, "note")} />
            </div>
            <div className="space-y-1">
              <label htmlFor={`${idPrefix}-${i}-due`} className="block text-sm font-semibold">
                Batas waktu
              </label>
              <input id={`${idPrefix}-${i}-due`} type="date" aria-describedby={`${idPrefix}-${i}-due-error`} className={input} {...form.register(`recipients.${i}.dueOn`)} />
              <FieldErrors id={`${idPrefix}-${i}-due-error`} errors={errorsFor(i, "dueOn")} />
            </div>
          </div>
          <Button variant="secondary" onClick={() => remove(i)}>
            Hapus penerima ini
          </Button>
        </fieldset>
      ))}
      <Button type="submit" disabled={pending} aria-disabled={pending}>
        {pending ? "Mengirim…" : submitLabel}
      </Button>
    </form>
  );
}
