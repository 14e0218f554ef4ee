"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useActionState, useMemo, useState, useTransition, type BaseSyntheticEvent } from "react";
import { useForm, useWatch } from "react-hook-form";
import { AntiSpamFields } from "@/components/form/anti-spam";
import { UploadProgress } from "@/components/form/upload-progress";
import { useHydrated } from "@/components/form/use-hydrated";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CheckboxField, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { submissionSchemaFor } from "@/lib/aspirations/schema";
import { prepareUploads } from "@/lib/attachments/client-upload";
import { fileLimitHint } from "@/lib/attachments/limits";
import { initialFormState, type FormState } from "@/lib/http/form-state";

export interface AreaOptions {
  kecamatan: { id: number; name: string }[];
  kelurahan: { id: number; name: string; kecamatanId: number }[];
  categories: { id: number; name: string }[];
}

type Values = Record<string, string | boolean | undefined>;

const TEXT_FIELDS = ["title", "body", "category", "kecamatan", "kelurahan", "address", "name", "phone", "email"] as const;
const CHECKBOXES = ["citywide", "anonymous", "confidential", "consent"] as const;

/** The form's starting values: empty, or what the citizen sent when the server refused it. */
function initialValues(sent: Record<string, string> = {}): Values {
  const v: Values = {};
  for (const k of TEXT_FIELDS) v[k] = sent[k] ?? "";
  for (const k of CHECKBOXES) v[k] = sent[k] === "on" || sent[k] === "true";
  return v;
}

/**
 * The citizen's aspiration form: short, mobile-first, validated in the browser with the same zod
 * schema as the server (react-hook-form), then sent as FormData to the server action with files
 * (photos downscaled first). Rendered on the server as a POST form to the same action, so it works
 * before hydration and without JavaScript: the server validates and renders it again with the
 * errors and the typed values (defaultValue/defaultChecked from the action state).
 */
export function SubmissionForm({ action, areas, formToken, challenge, prefill }: { action: (p: FormState, fd: FormData) => Promise<FormState>; areas: AreaOptions; formToken: string; challenge: boolean; prefill?: Record<string, string> }) {
  // `prefill` (e.g. the kelurahan from "Siapa wakil saya?") only seeds the first render.
  const [state, formAction] = useActionState(action, prefill ? { ...initialFormState, values: prefill } : initialFormState);
  const [pending, startTransition] = useTransition();
  const [bytes, setBytes] = useState<number | null>(null);
  const [uploadError, setUploadError] = useState<string | undefined>();
  const hydrated = useHydrated();
  const initial = initialValues(state.values);
  // The server's schema with the web form's cross-field rules (consent, kelurahan in the kecamatan).
  const schema = useMemo(() => submissionSchemaFor({ channel: "web", kelurahan: areas.kelurahan }), [areas.kelurahan]);
  const { register: rhfRegister, handleSubmit, control, formState } = useForm<Values>({
    resolver: zodResolver(schema as never) as never,
    mode: "onBlur",
    defaultValues: initial,
  });
  // Without JavaScript react-hook-form never fills the fields: give them their value in the HTML too.
  const register = (name: string) => {
    const v = initial[name];
    return { ...rhfRegister(name), ...(typeof v === "boolean" ? { defaultChecked: v } : { defaultValue: v ?? "" }) };
  };
  const kecamatanId = useWatch({ control, name: "kecamatan" });
  const citywide = Boolean(useWatch({ control, name: "citywide" }));
  const anonymous = Boolean(useWatch({ control, name: "anonymous" }));
  const kelurahan = useMemo(() => areas.kelurahan.filter((k) => String(k.kecamatanId) === String(kecamatanId)), [areas.kelurahan, kecamatanId]);
  // Before hydration (or without JS) the kecamatan choice cannot filter the list: offer every kelurahan.
  const kecName = useMemo(() => new Map(areas.kecamatan.map((k) => [k.id, k.name])), [areas.kecamatan]);
  const kelurahanOptions = hydrated
    ? kelurahan.map((k) => ({ value: String(k.id), label: k.name }))
    : areas.kelurahan.map((k) => ({ value: String(k.id), label: `${k.name} (Kec. ${kecName.get(k.kecamatanId) ?? "?"})` }));
  const fe = (name: string): string[] | undefined => {
    const client = formState.errors[name]?.message;
    return client ? [String(client)] : state.fieldErrors?.[name];
  };
  const onValid = (_values: Values, event?: BaseSyntheticEvent) => {
    const fd = new FormData(event?.target as HTMLFormElement);
    startTransition(async () => {
      const ready = await prepareUploads(fd, "lampiran");
      setUploadError(ready.error);
      if (ready.error) return;
      setBytes(ready.bytes);
      // After an await the transition context is gone: dispatch in a new one.
      startTransition(() => formAction(fd));
    });
  };
  const hasClientErrors = Object.keys(formState.errors).length > 0;
  return (
    <form action={formAction} onSubmit={handleSubmit(onValid)} className="space-y-6" noValidate>
      <FormMessage status={hasClientErrors || uploadError ? "error" : state.status} message={hasClientErrors ? "Periksa kembali isian yang ditandai." : (uploadError ?? state.message)} />
      <fieldset className="space-y-4">
        <legend className="mb-1 text-lg font-bold">Aspirasi Anda</legend>
        <TextField label="Judul" required maxLength={150} errors={fe("title")} hint="Ringkas, mis. “Jalan berlubang di depan SDN 012”." {...register("title")} />
        <TextAreaField label="Uraian" required maxLength={5000} rows={6} errors={fe("body")} hint="Apa yang terjadi, sejak kapan, dan harapan Anda." {...register("body")} />
        <SelectField label="Kategori" required placeholder="Pilih kategori" options={areas.categories.map((c) => ({ value: String(c.id), label: c.name }))} errors={fe("category")} {...register("category")} />
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="mb-1 text-lg font-bold">Lokasi</legend>
        <CheckboxField label="Seluruh kota (tidak di satu kelurahan)" {...register("citywide")} />
        {!citywide ? (
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField label="Kecamatan" required placeholder="Pilih kecamatan" options={areas.kecamatan.map((k) => ({ value: String(k.id), label: k.name }))} errors={fe("kecamatan")} {...register("kecamatan")} />
            <SelectField
              label="Kelurahan"
              required
              placeholder={kecamatanId || !hydrated ? "Pilih kelurahan" : "Pilih kecamatan dahulu"}
              disabled={hydrated && !kecamatanId}
              options={kelurahanOptions}
              errors={fe("kelurahan")}
              {...register("kelurahan")}
            />
          </div>
        ) : null}
        <TextField label="Detail alamat (opsional)" maxLength={300} errors={fe("address")} hint="Nama jalan, RT/RW, atau patokan." {...register("address")} />
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="mb-1 text-lg font-bold">Identitas dan kontak</legend>
        <CheckboxField
          label="Kirim sebagai anonim"
          hint="Nama dan kontak Anda tidak disimpan sama sekali. Kami tidak dapat mengabari Anda: simpan kode lacak yang muncul setelah mengirim, karena hanya kode itu yang dapat dipakai untuk melacak."
          {...register("anonymous")}
        />
        {!anonymous ? (
          <div className="grid gap-4 sm:grid-cols-2">
            <div className="sm:col-span-2">
              <TextField label="Nama" required maxLength={120} autoComplete="name" errors={fe("name")} {...register("name")} />
            </div>
            <TextField label="Nomor WhatsApp/telepon" type="tel" inputMode="tel" autoComplete="tel" maxLength={30} errors={fe("phone")} hint="Isi salah satu: nomor atau email." {...register("phone")} />
            <TextField label="Email" type="email" autoComplete="email" maxLength={200} errors={fe("email")} {...register("email")} />
          </div>
        ) : null}
        <CheckboxField label="Rahasiakan isi aspirasi (tidak ditampilkan di daftar publik)" hint="Isi hanya dibaca Sekretariat dan anggota DPRD yang menanganinya." {...register("confidential")} />
      </fieldset>
      <TextField
        name="lampiran"
        label="Lampiran (opsional)"
        type="file"
        multiple
        accept="image/jpeg,image/png,image/webp,application/pdf"
        errors={state.fieldErrors?.lampiran}
        hint={`Foto atau PDF, ${fileLimitHint()}. Foto besar diperkecil otomatis sebelum dikirim. Data lokasi (EXIF/GPS) pada foto dihapus otomatis.`}
      />
      <CheckboxField
        label={
          <>
            Saya menyetujui pemrosesan data pribadi saya untuk menindaklanjuti aspirasi ini sesuai <Link href="/privasi" className="underline">kebijakan privasi</Link>.
          </>
        }
        errors={fe("consent")}
        {...register("consent")}
      />
      <AntiSpamFields formToken={formToken} challenge={challenge} error={state.fieldErrors?.altcha} />
      <Button type="submit" disabled={pending} aria-disabled={pending} className="w-full sm:w-auto">
        {pending ? "Mengirim…" : "Kirim aspirasi"}
      </Button>
      <UploadProgress pending={pending} bytes={bytes} />
    </form>
  );
}
