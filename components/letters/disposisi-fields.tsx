"use client";

import { useState } from "react";
import type { UseFormRegister } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FieldErrors, TextAreaField, TextField } from "@/components/ui/field";
import { INSTRUCTIONS, INSTRUCTION_LABELS } from "@/lib/letters/constants";
import type { DisposisiInput } from "./use-disposisi-form";
import {
  groupRecipients,
  RECIPIENT_GROUP_LABELS,
  type RecipientOption,
} from "@/lib/letters/disposisi/recipient-groups";

const input = "block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base";

/** Searchable checkbox list of recipients, grouped (pimpinan, komisi, unit…). */
export function RecipientPicker(props: {
  idPrefix: string;
  options: RecipientOption[];
  chosen: Map<string, number>;
  onToggle: (o: RecipientOption) => void;
  errors: string[];
}) {
  const { idPrefix, options, chosen, onToggle, errors } = props;
  const [query, setQuery] = useState("");
  const groups = groupRecipients(options, query);
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-semibold">Penerima (boleh lebih dari satu)</legend>
      <label htmlFor={`${idPrefix}-search`} className="sr-only">
        Cari penerima
      </label>
      <input
        id={`${idPrefix}-search`}
        type="search"
        placeholder="Cari nama, unit, atau komisi"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        className={input}
      />
      <div className="max-h-72 space-y-3 overflow-y-auto rounded-md border border-slate-200 p-3">
        {groups.map(({ group: g, items }) => (
          <div key={g}>
            <p className="text-xs font-bold tracking-wide text-slate-600 uppercase">{RECIPIENT_GROUP_LABELS[g]}</p>
            <ul className="mt-1 grid gap-1 sm:grid-cols-2">
              {items.map((o) => (
                <li key={`${g}-${o.key}`} className="flex items-start gap-2">
                  <input
                    id={`${idPrefix}-${g}-${o.key}`}
                    type="checkbox"
                    className="mt-1 size-5 shrink-0 accent-brand-700"
                    checked={chosen.has(o.key)}
                    onChange={() => onToggle(o)}
                  />
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
      <FieldErrors id={`${idPrefix}-recipients-error`} errors={errors} />
    </fieldset>
  );
}

type Register = UseFormRegister<DisposisiInput>;

/** One chosen recipient: its instructions, note and due date. */
export function RecipientFieldset(props: {
  idPrefix: string;
  index: number;
  label: string;
  register: Register;
  errorsFor: (i: number, f: "key" | "instructions" | "note" | "dueOn") => string[];
  onRemove: () => void;
}) {
  const { idPrefix, index: i, label, register, errorsFor, onRemove } = props;
  return (
    <fieldset className="space-y-3 rounded-md border border-slate-300 p-4">
      <legend className="px-1 font-semibold">
        {i + 1}. {label}
      </legend>
      <FieldErrors id={`${idPrefix}-${i}-key-error`} errors={errorsFor(i, "key")} />
      <fieldset>
        <legend className="text-sm font-semibold">Instruksi</legend>
        <div className="mt-1 grid gap-1 sm:grid-cols-2">
          {INSTRUCTIONS.map((ins) => (
            <label key={ins} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                value={ins}
                className="size-5 accent-brand-700"
                {...register(`recipients.${i}.instructions`)}
              />
              {INSTRUCTION_LABELS[ins]}
            </label>
          ))}
        </div>
        <FieldErrors id={`${idPrefix}-${i}-ins-error`} errors={errorsFor(i, "instructions")} />
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-3">
        <div className="sm:col-span-2">
          <TextAreaField
            id={`${idPrefix}-${i}-note`}
            label="Catatan"
            rows={2}
            maxLength={1000}
            className="min-h-0"
            errors={errorsFor(i, "note")}
            {...register(`recipients.${i}.note`)}
          />
        </div>
        <TextField
          id={`${idPrefix}-${i}-due`}
          label="Batas waktu"
          type="date"
          errors={errorsFor(i, "dueOn")}
          {...register(`recipients.${i}.dueOn`)}
        />
      </div>
      <Button variant="secondary" onClick={onRemove}>
        Hapus penerima ini
      </Button>
    </fieldset>
  );
}
