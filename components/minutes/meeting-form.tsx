"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useFieldArray, useForm, type FieldError } from "react-hook-form";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { initialFormState, type FormState } from "@/lib/http/form-state";
import { QUORUM_DESCRIPTIONS, QUORUM_RULES } from "@/lib/minutes/quorum";
import { meetingSchema, type MeetingInput } from "@/lib/minutes/schema";

type Option = { id: string | number; name: string };
type TypeOption = { id: number; name: string; defaultNature: "terbuka" | "tertutup"; defaultQuorumRule: MeetingInput["quorumRule"] };

const input = "block w-full rounded-md border border-slate-400 bg-white px-3 py-2 aria-[invalid=true]:border-red-700";

function Field({ id, label, error, children, hint }: { id: string; label: string; error?: string; hint?: string; children: React.ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-semibold text-slate-800">
        {label}
      </label>
      {hint ? <p className="text-sm text-slate-600">{hint}</p> : null}
      {children}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

const msg = (e?: FieldError | { message?: string }) => e?.message;

/** Create/edit a meeting with its agenda and guests (react-hook-form, same zod schema as the server). */
export function MeetingForm({ action, types, members, staff, initial, submitLabel }: { action: (prev: FormState, fd: FormData) => Promise<FormState>; types: TypeOption[]; members: Option[]; staff: Option[]; initial?: Partial<MeetingInput>; submitLabel: string }) {
  const [state, setState] = useState<FormState>(initialFormState);
  const [pending, start] = useTransition();
  const form = useForm<MeetingInput>({
    resolver: zodResolver(meetingSchema),
    defaultValues: { nature: "terbuka", quorumRule: "lebih_setengah", startTime: "09:00", endTime: "", agenda: [{ title: "" }], guests: [], ...initial },
  });
  const agenda = useFieldArray({ control: form.control, name: "agenda" });
  const guests = useFieldArray({ control: form.control, name: "guests" });
  const e = form.formState.errors;
  const server = state.fieldErrors ?? {};
  const err = (k: string, client?: string) => client ?? server[k]?.[0];
  const reg = (name: Parameters<typeof form.register>[0], invalid?: string) => ({ ...form.register(name), id: name.replace(/\./g, "-"), "aria-invalid": invalid ? true : undefined, "aria-describedby": invalid ? `${name.replace(/\./g, "-")}-error` : undefined });

  const onSubmit = form.handleSubmit((values) => {
    const fd = new FormData();
    fd.set("payload", JSON.stringify(values));
    start(async () => setState(await action(initialFormState, fd)));
  });

  return (
    <form onSubmit={onSubmit} className="space-y-6" noValidate>
      <FormMessage status={state.status} message={state.message} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="typeId" label="Jenis rapat" error={err("typeId", msg(e.typeId))}>
          <select
            {...reg("typeId", err("typeId", msg(e.typeId)))}
            className={input}
            onChange={(ev) => {
              form.setValue("typeId", ev.target.value as unknown as number);
              const t = types.find((x) => String(x.id) === ev.target.value);
              if (t) {
                form.setValue("nature", t.defaultNature);
                form.setValue("quorumRule", t.defaultQuorumRule);
              }
            }}
          >
            <option value="">Pilih jenis rapat</option>
            {types.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="title" label="Judul rapat" error={err("title", msg(e.title))}>
          <input {...reg("title", err("title", msg(e.title)))} maxLength={200} className={input} />
        </Field>
        <Field id="nature" label="Sifat rapat" hint="Risalah rapat terbuka diterbitkan untuk publik; rapat tertutup tidak." error={err("nature", msg(e.nature))}>
          <select {...reg("nature", err("nature", msg(e.nature)))} className={input}>
            <option value="terbuka">Terbuka</option>
            <option value="tertutup">Tertutup</option>
          </select>
        </Field>
        <Field id="quorumRule" label="Aturan kuorum (UU 23/2014 ps. 183)" error={err("quorumRule", msg(e.quorumRule))}>
          <select {...reg("quorumRule", err("quorumRule", msg(e.quorumRule)))} className={input}>
            {QUORUM_RULES.map((r) => (
              <option key={r} value={r}>
                {QUORUM_DESCRIPTIONS[r]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="date" label="Tanggal" error={err("date", msg(e.date))}>
          <input type="date" {...reg("date", err("date", msg(e.date)))} className={input} />
        </Field>
        <div className="grid grid-cols-2 gap-3">
          <Field id="startTime" label="Jam mulai" error={err("startTime", msg(e.startTime))}>
            <input type="time" {...reg("startTime", err("startTime", msg(e.startTime)))} className={input} />
          </Field>
          <Field id="endTime" label="Jam selesai" error={err("endTime", msg(e.endTime))}>
            <input type="time" {...reg("endTime", err("endTime", msg(e.endTime)))} className={input} />
          </Field>
        </div>
        <Field id="place" label="Tempat" error={err("place", msg(e.place))}>
          <input {...reg("place", err("place", msg(e.place)))} maxLength={200} className={input} />
        </Field>
        <Field id="chairId" label="Ketua rapat (anggota DPRD)" error={err("chairId", msg(e.chairId))}>
          <select {...reg("chairId", err("chairId", msg(e.chairId)))} className={input}>
            <option value="">Pilih ketua rapat</option>
            {members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="secretaryId" label="Sekretaris rapat (staf Sekretariat)" error={err("secretaryId", msg(e.secretaryId))}>
          <select {...reg("secretaryId", err("secretaryId", msg(e.secretaryId)))} className={input}>
            <option value="">Pilih sekretaris rapat</option>
            {staff.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </Field>
      </div>

      <fieldset className="space-y-3 rounded-md border border-slate-200 p-4">
        <legend className="px-1 font-semibold">Acara rapat</legend>
        {err("agenda", msg(e.agenda?.root ?? (e.agenda as FieldError | undefined))) ? <p className="text-sm font-medium text-red-700">{err("agenda", msg(e.agenda?.root ?? (e.agenda as FieldError | undefined)))}</p> : null}
        {agenda.fields.map((f, i) => (
          <div key={f.id} className="flex items-end gap-2">
            <div className="flex-1">
              <Field id={`agenda-${i}-title`} label={`Acara ${i + 1}`} error={msg(e.agenda?.[i]?.title)}>
                <input {...reg(`agenda.${i}.title`, msg(e.agenda?.[i]?.title))} maxLength={300} className={input} />
              </Field>
            </div>
            <Button variant="ghost" onClick={() => agenda.remove(i)} disabled={agenda.fields.length <= 1} aria-label={`Hapus acara ${i + 1}`}>
              Hapus
            </Button>
          </div>
        ))}
        <Button variant="secondary" onClick={() => agenda.append({ title: "" })}>
          Tambah acara
        </Button>
      </fieldset>

      <fieldset className="space-y-3 rounded-md border border-slate-200 p-4">
        <legend className="px-1 font-semibold">Undangan</legend>
        {guests.fields.length === 0 ? <p className="text-sm text-slate-600">Belum ada undangan.</p> : null}
        {guests.fields.map((f, i) => (
          <div key={f.id} className="grid gap-2 rounded-md bg-slate-50 p-3 sm:grid-cols-[1fr_1fr_1fr_auto] sm:items-end">
            <Field id={`guests-${i}-name`} label={`Nama undangan ${i + 1}`} error={msg(e.guests?.[i]?.name)}>
              <input {...reg(`guests.${i}.name`, msg(e.guests?.[i]?.name))} maxLength={150} className={input} />
            </Field>
            <Field id={`guests-${i}-institution`} label="Instansi" error={msg(e.guests?.[i]?.institution)}>
              <input {...reg(`guests.${i}.institution`, msg(e.guests?.[i]?.institution))} maxLength={200} className={input} />
            </Field>
            <Field id={`guests-${i}-role`} label="Keterangan (opsional)" error={msg(e.guests?.[i]?.role)}>
              <input {...reg(`guests.${i}.role`, msg(e.guests?.[i]?.role))} maxLength={150} className={input} />
            </Field>
            <Button variant="ghost" onClick={() => guests.remove(i)} aria-label={`Hapus undangan ${i + 1}`}>
              Hapus
            </Button>
          </div>
        ))}
        <Button variant="secondary" onClick={() => guests.append({ name: "", institution: "", role: "" })}>
          Tambah undangan
        </Button>
      </fieldset>
      <Button type="submit" disabled={pending}>
        {pending ? "Menyimpan…" : submitLabel}
      </Button>
    </form>
  );
}
