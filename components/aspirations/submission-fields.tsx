"use client";

import { CheckboxField, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import type { AreaOptions, SubmissionField } from "./use-submission-form";

const legend = "mb-1 text-lg font-bold";

/** Title, description and category. */
export function AspirationSection({
  field,
  categories,
}: {
  field: SubmissionField;
  categories: AreaOptions["categories"];
}) {
  return (
    <fieldset className="space-y-4">
      <legend className={legend}>Aspirasi Anda</legend>
      <TextField
        label="Judul"
        required
        maxLength={150}
        hint="Ringkas, mis. “Jalan berlubang di depan SDN 012”."
        {...field("title")}
      />
      <TextAreaField
        label="Uraian"
        required
        maxLength={5000}
        rows={6}
        hint="Apa yang terjadi, sejak kapan, dan harapan Anda."
        {...field("body")}
      />
      <SelectField
        label="Kategori"
        required
        placeholder="Pilih kategori"
        options={categories.map((c) => ({ value: String(c.id), label: c.name }))}
        {...field("category")}
      />
    </fieldset>
  );
}

/** Citywide, or kecamatan then kelurahan; and the address. */
export function LocationSection(props: {
  field: SubmissionField;
  kecamatan: AreaOptions["kecamatan"];
  kelurahan: { value: string; label: string }[];
  citywide: boolean;
  kecamatanChosen: boolean;
  hydrated: boolean;
}) {
  const { field, kecamatan, kelurahan, citywide, kecamatanChosen, hydrated } = props;
  return (
    <fieldset className="space-y-4">
      <legend className={legend}>Lokasi</legend>
      <CheckboxField label="Seluruh kota (tidak di satu kelurahan)" {...field("citywide")} />
      {!citywide ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            label="Kecamatan"
            required
            placeholder="Pilih kecamatan"
            options={kecamatan.map((k) => ({ value: String(k.id), label: k.name }))}
            {...field("kecamatan")}
          />
          <SelectField
            label="Kelurahan"
            required
            placeholder={kecamatanChosen || !hydrated ? "Pilih kelurahan" : "Pilih kecamatan dahulu"}
            disabled={hydrated && !kecamatanChosen}
            options={kelurahan}
            {...field("kelurahan")}
          />
        </div>
      ) : null}
      <TextField
        label="Detail alamat (opsional)"
        maxLength={300}
        hint="Nama jalan, RT/RW, atau patokan."
        {...field("address")}
      />
    </fieldset>
  );
}

/** Anonymous or name and contact; and confidentiality. */
export function IdentitySection({ field, anonymous }: { field: SubmissionField; anonymous: boolean }) {
  return (
    <fieldset className="space-y-4">
      <legend className={legend}>Identitas dan kontak</legend>
      <CheckboxField
        label="Kirim sebagai anonim"
        hint="Nama dan kontak Anda tidak disimpan sama sekali. Kami tidak dapat mengabari Anda: simpan kode lacak yang muncul setelah mengirim, karena hanya kode itu yang dapat dipakai untuk melacak."
        {...field("anonymous")}
        errors={undefined}
      />
      {!anonymous ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="sm:col-span-2">
            <TextField label="Nama" required maxLength={120} autoComplete="name" {...field("name")} />
          </div>
          <TextField
            label="Nomor WhatsApp/telepon"
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            maxLength={30}
            hint="Isi salah satu: nomor atau email."
            {...field("phone")}
          />
          <TextField label="Email" type="email" autoComplete="email" maxLength={200} {...field("email")} />
        </div>
      ) : null}
      <CheckboxField
        label="Rahasiakan isi aspirasi (tidak ditampilkan di daftar publik)"
        hint="Isi hanya dibaca Sekretariat dan anggota DPRD yang menanganinya."
        {...field("confidential")}
        errors={undefined}
      />
    </fieldset>
  );
}
