"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMemo } from "react";
import { Controller, useFieldArray, useForm, useWatch, type Control, type FieldErrors } from "react-hook-form";
import { useHydrated } from "@/components/form/use-hydrated";
import { Button } from "@/components/ui/button";
import type { FormState } from "@/lib/http/form-state";
import { formatDateTime } from "@/lib/format";
import { minutesContentSchema, type MinutesContent } from "@/lib/minutes/content";
import { RichTextField } from "./rich-text-field";
import { useAutosave, type SaveState } from "./use-autosave";

type SaveAction = (prev: FormState, fd: FormData) => Promise<FormState>;
type Speaker = { ref: string; label: string };

function SaveStatus({ state }: { state: SaveState }) {
  const text =
    state.kind === "saving"
      ? "Menyimpan…"
      : state.kind === "dirty"
        ? "Ada perubahan, menyimpan otomatis sebentar lagi…"
        : state.kind === "saved"
          ? `Tersimpan otomatis ${state.savedAt ? formatDateTime(state.savedAt) : ""} (versi ${state.revision}).`
          : state.kind === "idle"
            ? `Versi ${state.revision}. Perubahan tersimpan otomatis.`
            : state.message;
  const tone = state.kind === "error" || state.kind === "conflict" ? "text-red-700" : "text-slate-700";
  return (
    <p role="status" aria-live="polite" className={`text-sm font-medium ${tone}`}>
      {text}
    </p>
  );
}

function Proceedings({
  control,
  index,
  speakers,
  errors,
  disabled,
}: {
  control: Control<MinutesContent>;
  index: number;
  speakers: Speaker[];
  errors?: FieldErrors<MinutesContent>;
  disabled: boolean;
}) {
  const { fields, append, remove } = useFieldArray({ control, name: `items.${index}.proceedings` });
  return (
    <div className="space-y-4">
      {fields.map((f, j) => {
        const err = errors?.items?.[index]?.proceedings?.[j];
        return (
          <fieldset key={f.id} className="space-y-2 rounded-md border border-slate-200 p-3">
            <legend className="px-1 text-sm font-semibold">Pembicara {j + 1}</legend>
            <Controller
              control={control}
              name={`items.${index}.proceedings.${j}.speaker`}
              render={({ field }) => (
                <div className="space-y-1">
                  <label htmlFor={`sp-${index}-${j}`} className="block text-sm font-semibold">
                    Nama pembicara
                  </label>
                  <select
                    id={`sp-${index}-${j}`}
                    {...field}
                    disabled={disabled}
                    aria-invalid={err?.speaker ? true : undefined}
                    className="block w-full rounded-md border border-slate-400 bg-white px-3 py-2"
                  >
                    <option value="">Pilih anggota atau undangan</option>
                    {speakers.map((s) => (
                      <option key={s.ref} value={s.ref}>
                        {s.label}
                      </option>
                    ))}
                  </select>
                  {err?.speaker ? <p className="text-sm font-medium text-red-700">{err.speaker.message}</p> : null}
                </div>
              )}
            />
            <Controller
              control={control}
              name={`items.${index}.proceedings.${j}.summary`}
              render={({ field }) => (
                <RichTextField
                  label="Ringkasan pembicaraan"
                  value={field.value}
                  onChange={field.onChange}
                  disabled={disabled}
                  error={err?.summary?.message}
                />
              )}
            />
            {!disabled ? (
              <Button variant="ghost" onClick={() => remove(j)}>
                Hapus pembicara {j + 1}
              </Button>
            ) : null}
          </fieldset>
        );
      })}
      {!disabled ? (
        <Button variant="secondary" onClick={() => append({ speaker: "", summary: "" })}>
          Tambah pembicara
        </Button>
      ) : null}
    </div>
  );
}

/**
 * The structured minutes editor: opening, per agenda item the speakers with summaries and the
 * decisions, then the closing. Validated with the same zod schema as the server; saves itself.
 */
export function MinutesEditor({
  action,
  content,
  revision,
  agenda,
  speakers,
  editable,
}: {
  action: SaveAction;
  content: MinutesContent;
  revision: number;
  agenda: { id: string; title: string }[];
  speakers: Speaker[];
  editable: boolean;
}) {
  // The editor posts JSON and react-hook-form owns its values: nothing can be typed before hydration.
  const hydrated = useHydrated();
  const canEdit = editable && hydrated;
  const form = useForm<MinutesContent>({
    resolver: zodResolver(minutesContentSchema),
    defaultValues: content,
    mode: "onChange",
  });
  const values = useWatch({ control: form.control }) as MinutesContent;
  const opts = useMemo(() => ({ revision, enabled: canEdit, valid: () => form.trigger() }), [revision, canEdit, form]);
  const { state, saveNow } = useAutosave(action, values, opts);
  const errors = form.formState.errors;
  const titleOf = (id: string) => agenda.find((a) => a.id === id)?.title ?? "";
  return (
    <form onSubmit={form.handleSubmit(() => saveNow())} className="space-y-6" noValidate>
      <div className="sticky top-0 z-10 flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 bg-slate-50/95 py-2">
        <SaveStatus state={state} />
        {editable ? (
          <Button type="submit" variant="secondary" disabled={!hydrated}>
            Simpan sekarang
          </Button>
        ) : null}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        {(["openedAt", "closedAt"] as const).map((k) => (
          <div key={k} className="space-y-1">
            <label htmlFor={k} className="block text-sm font-semibold">
              {k === "openedAt" ? "Jam pembukaan (WITA)" : "Jam penutupan (WITA)"}
            </label>
            <input
              id={k}
              type="time"
              disabled={!canEdit}
              {...form.register(k)}
              aria-invalid={errors[k] ? true : undefined}
              className="block w-full rounded-md border border-slate-400 px-3 py-2"
            />
            {errors[k] ? <p className="text-sm font-medium text-red-700">{errors[k]?.message}</p> : null}
          </div>
        ))}
      </div>
      <section aria-labelledby="ed-opening" className="space-y-2">
        <h2 id="ed-opening" className="text-lg font-bold">
          Pembukaan
        </h2>
        <Controller
          control={form.control}
          name="opening"
          render={({ field }) => (
            <RichTextField
              label="Catatan pembukaan"
              value={field.value}
              onChange={field.onChange}
              disabled={!canEdit}
              error={errors.opening?.message}
            />
          )}
        />
      </section>
      {content.items.map((item, i) => (
        <section
          key={item.agendaItemId}
          aria-labelledby={`ed-item-${i}`}
          className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
        >
          <h2 id={`ed-item-${i}`} className="text-lg font-bold">
            Acara {i + 1}: {titleOf(item.agendaItemId)}
          </h2>
          <Proceedings control={form.control} index={i} speakers={speakers} errors={errors} disabled={!canEdit} />
          <Controller
            control={form.control}
            name={`items.${i}.decisions`}
            render={({ field }) => (
              <RichTextField
                label={`Keputusan/kesimpulan acara ${i + 1}`}
                value={field.value}
                onChange={field.onChange}
                disabled={!canEdit}
              />
            )}
          />
        </section>
      ))}
      <section aria-labelledby="ed-closing" className="space-y-2">
        <h2 id="ed-closing" className="text-lg font-bold">
          Penutup
        </h2>
        <Controller
          control={form.control}
          name="closing"
          render={({ field }) => (
            <RichTextField
              label="Catatan penutup"
              value={field.value}
              onChange={field.onChange}
              disabled={!canEdit}
              error={errors.closing?.message}
            />
          )}
        />
      </section>
    </form>
  );
}
