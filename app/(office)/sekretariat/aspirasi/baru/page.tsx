import type { Metadata } from "next";
import { ActionCard } from "@/components/aspirations/action-card";
import { CheckboxField, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/misc";
import { logAspirationAction } from "@/lib/aspirations/actions";
import { CHANNEL_LABELS, STAFF_CHANNELS } from "@/lib/aspirations/constants";
import { formOptions } from "@/lib/aspirations/options";
import { requirePageActor } from "@/lib/auth/page";
export const metadata: Metadata = { title: "Catat aspirasi" };

export default async function LogAspirationPage() {
  await requirePageActor("aspiration.logChannel");
  const opts = await formOptions();
  return (
    <div className="max-w-2xl">
      <PageHeader title="Catat aspirasi" description="Aspirasi yang diterima lewat telepon, tatap muka, atau surat." />
      <ActionCard action={logAspirationAction} title="Data aspirasi" submitLabel="Catat">
        <SelectField
          id="l-channel"
          name="channel"
          label="Kanal"
          options={STAFF_CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c] }))}
        />
        <TextField maxLength={200} id="l-title" name="title" label="Judul" />
        <TextAreaField rows={3} maxLength={5000} id="l-body" name="body" label="Uraian" required />
        <SelectField
          id="l-category"
          name="category"
          label="Kategori"
          placeholder="Pilih kategori"
          options={opts.categories.map((c) => ({ value: String(c.id), label: c.name }))}
        />
        <SelectField
          id="l-kel"
          name="kelurahan"
          label="Kelurahan"
          placeholder="Pilih kelurahan"
          options={opts.kelurahan.map((k) => ({ value: String(k.id), label: k.name }))}
        />
        <CheckboxField id="l-city" name="citywide" label="Seluruh kota" />
        <TextField maxLength={200} id="l-address" name="address" label="Detail alamat" />
        <CheckboxField id="l-anon" name="anonymous" label="Anonim (nama dan kontak tidak disimpan)" />
        <CheckboxField id="l-conf" name="confidential" label="Rahasia" />
        <TextField maxLength={200} id="l-name" name="name" label="Nama pelapor" />
        <TextField maxLength={200} id="l-phone" name="phone" label="Nomor WhatsApp/telepon" />
        <TextField maxLength={200} id="l-email" name="email" label="Email" />
        <CheckboxField id="l-consent" name="consent" label="Pelapor menyetujui pemrosesan data pribadinya" />
      </ActionCard>
    </div>
  );
}
