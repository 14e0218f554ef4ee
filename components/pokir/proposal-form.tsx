"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useActionState, useState, useTransition } from "react";
import { useForm, useWatch, type FieldValues, type Resolver } from "react-hook-form";
import { AntiSpamFields } from "@/components/form/anti-spam";
import { UploadProgress } from "@/components/form/upload-progress";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldErrors } from "@/components/ui/field";
import { prepareUploads } from "@/lib/attachments/client-upload";
import { MAX_FILE_LABEL, MAX_FILES } from "@/lib/attachments/limits";
import { initialFormState, type FormState } from "@/lib/http/form-state";
import { completenessChecklist } from "@/lib/pokir/checklist";
import { POKIR_PRIORITIES, POKIR_PRIORITY_LABELS } from "@/lib/pokir/constants";
import { memberProposalSchema, proposalContentSchema, publicProposalSchema } from "@/lib/pokir/schema";
import { LocateButton } from "./locate-button";

export interface ProposalFormOptions {
  kelurahan: { id: number; name: string; kecamatan: string }[];
  bidang: { id: number; name: string; code: string }[];
  /** Active OPD a citizen may name as the target (public mode only). */
  opd?: { id: number; name: string }[];
}

type Mode = "public" | "correct" | "member";
const SCHEMAS = { public: publicProposalSchema, correct: proposalContentSchema, member: memberProposalSchema };
const input = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700";

/**
 * The pokir proposal form: react-hook-form with the same zod schema the server uses, the SIPD
 * completeness checklist shown live before submission, photos (downscaled in the browser), and
 * (public mode, when `antiSpam` is given) the shared anti-spam fields: honeypot, signed fill time
 * and the ALTCHA widget, as on the aspiration form. Rendered as a POST form to the server action, so it works before
 * hydration and without JavaScript; the typed values come back as defaultValue after an error.
 */
export function ProposalForm({
  action,
  options,
  mode,
  hidden = {},
  antiSpam,
  defaults = {},
  existingPhotos = 0,
  submitLabel = "Kirim usulan",
}: {
  action: (prev: FormState, fd: FormData) => Promise<FormState>;
  options: ProposalFormOptions;
  mode: Mode;
  hidden?: Record<string, string>;
  antiSpam?: { formToken: string; challenge: boolean };
  defaults?: Record<string, string>;
  existingPhotos?: number;
  submitLabel?: string;
}) {
  const [state, formAction, actionPending] = useActionState(action, initialFormState);
  const [preparing, startTransition] = useTransition();
  const pending = preparing || actionPending;
  const [photoCount, setPhotoCount] = useState(0);
  const [bytes, setBytes] = useState<number | null>(null);
  const [uploadError, setUploadError] = useState<string | undefined>();
  const initial: Record<string, string | boolean> = { priority: "sedang", ...defaults, ...state.values };
  initial.consent = initial.consent === true || initial.consent === "on" || initial.consent === "true";
  const form = useForm<FieldValues>({ resolver: zodResolver(SCHEMAS[mode]) as unknown as Resolver<FieldValues>, defaultValues: initial, mode: "onBlur" });
  // Without JavaScript react-hook-form never fills the fields: give them their value in the HTML too.
  const register = (name: string) => {
    const v = initial[name];
    return { ...form.register(name), ...(typeof v === "boolean" ? { defaultChecked: v } : { defaultValue: v ?? "" }) };
  };
  const w = useWatch({ control: form.control });
  const checklist = completenessChecklist({ address: w.address, rt: w.rt, kelurahanId: Number(w.kelurahanId) || null, volume: Number(String(w.volume ?? "").replace(",", ".")) || null, unit: w.unit, photoCount: photoCount + existingPhotos });
  const server = state.fieldErrors ?? {};
  const errs = (name: string): string[] => {
    const own = form.formState.errors[name]?.message;
    return [...(typeof own === "string" ? [own] : []), ...(server[name] ?? [])];
  };
  const aria = (name: string) => ({ "aria-invalid": errs(name).length ? true : undefined, "aria-describedby": errs(name).length ? `${name}-error` : undefined });

  const onSubmit = (e: React.FormEvent<HTMLFormElement>) => {
    const el = e.currentTarget;
    void form.handleSubmit(() => {
      const fd = new FormData(el);
      startTransition(async () => {
        const ready = await prepareUploads(fd, "photos");
        setUploadError(ready.error);
        if (ready.error) return;
        setBytes(ready.bytes);
        // After an await the transition context is gone: dispatch in a new one.
        startTransition(() => formAction(fd));
      });
    })(e);
  };

  const text = (name: string, label: string, opts: { required?: boolean; hint?: string; type?: string; area?: boolean; inputMode?: "numeric" | "decimal" | "tel" | "email" } = {}) => (
    <div>
      <label htmlFor={name} className="block text-sm font-semibold">
        {label}
        {opts.required ? <span aria-hidden="true" className="text-red-700"> *</span> : null}
      </label>
      {opts.hint ? <p className="text-sm text-slate-600">{opts.hint}</p> : null}
      {opts.area ? (
        <textarea id={name} rows={4} className={input} {...register(name)} {...aria(name)} />
      ) : (
        <input id={name} type={opts.type ?? "text"} inputMode={opts.inputMode} className={input} {...register(name)} {...aria(name)} />
      )}
      <FieldErrors id={`${name}-error`} errors={errs(name)} />
    </div>
  );

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-6">
      <FormMessage status={uploadError ? "error" : state.status} message={uploadError ?? state.message} />
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}

      <fieldset className="space-y-4">
        <legend className="text-lg font-bold">Usulan</legend>
        {text("title", "Judul usulan", { required: true, hint: "Contoh: Perbaikan drainase Jalan Mawar RT 12" })}
        {text("masalah", "Permasalahan", { required: true, area: true, hint: "Apa masalahnya dan siapa yang terdampak?" })}
        {text("usulan", "Usulan kegiatan", { required: true, area: true, hint: "Kegiatan yang diusulkan untuk menyelesaikannya." })}
        <div>
          <label htmlFor="bidangId" className="block text-sm font-semibold">
            Bidang/urusan (bila tahu)
          </label>
          <select id="bidangId" className={input} {...register("bidangId")} {...aria("bidangId")}>
            <option value="">Belum tahu — ditentukan Sekretariat</option>
            {options.bidang.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </select>
          <FieldErrors id="bidangId-error" errors={errs("bidangId")} />
        </div>
        {mode === "public" && options.opd ? (
          <div>
            <label htmlFor="opdId" className="block text-sm font-semibold">
              OPD tujuan (opsional)
            </label>
            <select id="opdId" className={input} {...register("opdId")} {...aria("opdId")}>
              <option value="">Belum tahu — sesuai bidang atau ditentukan Sekretariat</option>
              {options.opd.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
            <FieldErrors id="opdId-error" errors={errs("opdId")} />
          </div>
        ) : null}
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-bold">Lokasi</legend>
        <div>
          <label htmlFor="kelurahanId" className="block text-sm font-semibold">
            Kelurahan<span aria-hidden="true" className="text-red-700"> *</span>
          </label>
          <select id="kelurahanId" className={input} {...register("kelurahanId")} {...aria("kelurahanId")}>
            <option value="">Pilih kelurahan</option>
            {options.kelurahan.map((k) => (
              <option key={k.id} value={k.id}>
                {k.name} (Kec. {k.kecamatan})
              </option>
            ))}
          </select>
          <FieldErrors id="kelurahanId-error" errors={errs("kelurahanId")} />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          {text("rt", "RT", { required: true, inputMode: "numeric" })}
          {text("rw", "RW", { inputMode: "numeric" })}
        </div>
        {text("address", "Alamat lokasi", { required: true, hint: "Nama jalan/gang, nomor atau patokan." })}
        <div className="grid gap-4 sm:grid-cols-2">
          {text("latitude", "Lintang (opsional)", { inputMode: "decimal", hint: "Contoh: -1.2379" })}
          {text("longitude", "Bujur (opsional)", { inputMode: "decimal", hint: "Contoh: 116.8529" })}
        </div>
        <LocateButton onLocate={(lat, lon) => {
          form.setValue("latitude", lat, { shouldValidate: true });
          form.setValue("longitude", lon, { shouldValidate: true });
        }} />
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-bold">Volume dan perkiraan anggaran</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          {text("volume", "Volume", { required: true, inputMode: "decimal", hint: "Angka lebih dari nol." })}
          {text("unit", "Satuan", { required: true, hint: "Contoh: meter, unit, paket." })}
        </div>
        {text("estimatedCost", "Perkiraan anggaran (Rp, opsional)", { inputMode: "numeric" })}
        <div>
          <label htmlFor="priority" className="block text-sm font-semibold">
            Prioritas
          </label>
          <select id="priority" className={input} {...register("priority")}>
            {POKIR_PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {POKIR_PRIORITY_LABELS[p]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="photos" className="block text-sm font-semibold">
            Foto lokasi{mode === "correct" && existingPhotos ? " (tambahan)" : ""}
            {mode !== "correct" ? <span aria-hidden="true" className="text-red-700"> *</span> : null}
          </label>
          <p id="photos-hint" className="text-sm text-slate-600">
            JPG, PNG atau WebP, maks. {MAX_FILE_LABEL} per foto, paling banyak {MAX_FILES}. Data lokasi (EXIF/GPS) di dalam foto dihapus.
          </p>
          <input
            id="photos"
            name="photos"
            type="file"
            multiple
            accept="image/jpeg,image/png,image/webp"
            aria-describedby={`photos-hint${server.photos ? " photos-error" : ""}`}
            onChange={(e) => setPhotoCount(e.currentTarget.files?.length ?? 0)}
            className="mt-1 block w-full text-sm"
          />
          <FieldErrors id="photos-error" errors={server.photos} />
        </div>
      </fieldset>

      {mode !== "correct" ? (
        <fieldset className="space-y-4">
          <legend className="text-lg font-bold">Pengusul</legend>
          {text("proposerName", mode === "member" ? "Nama pengusul/kelompok warga (opsional)" : "Nama pengusul", { required: mode === "public" })}
          {text("proposerGroup", "Kelompok/organisasi (opsional)", { hint: "Contoh: Ketua RT 12, Karang Taruna." })}
          {mode === "public" ? (
            <>
              {text("proposerPhone", "Nomor WhatsApp", { type: "tel", inputMode: "tel", hint: "Isi WhatsApp atau email: kabar perkembangan usulan dikirim ke sana." })}
              {text("proposerEmail", "Email", { type: "email", inputMode: "email" })}
              <div>
                <div className="flex items-start gap-3">
                  <input id="consent" type="checkbox" className="mt-1 size-5" {...register("consent")} {...aria("consent")} />
                  <label htmlFor="consent" className="text-sm">
                    Saya setuju data pribadi saya diproses Sekretariat DPRD Kota Balikpapan hanya untuk menindaklanjuti usulan ini (UU 27/2022). Identitas
                    saya tidak ditampilkan kepada publik.
                  </label>
                </div>
                <FieldErrors id="consent-error" errors={errs("consent")} />
              </div>
            </>
          ) : null}
        </fieldset>
      ) : null}

      <section aria-labelledby="checklist-title" className="rounded-md border border-slate-300 bg-slate-50 p-4">
        <h2 id="checklist-title" className="font-bold">
          Kelengkapan untuk SIPD
        </h2>
        <ul className="mt-2 space-y-1 text-sm">
          {checklist.map((c) => (
            <li key={c.key} className={c.ok ? "text-green-800" : "text-slate-800"}>
              <span aria-hidden="true">{c.ok ? "✔" : "○"}</span> {c.label}
              <span className="sr-only">{c.ok ? " — sudah lengkap" : " — belum lengkap"}</span>
            </li>
          ))}
        </ul>
      </section>

      {antiSpam ? <AntiSpamFields formToken={antiSpam.formToken} challenge={antiSpam.challenge} error={server.altcha} /> : null}
      <Button type="submit" disabled={pending}>
        {pending ? "Mengirim…" : submitLabel}
      </Button>
      <UploadProgress pending={pending} bytes={bytes} />
    </form>
  );
}
