"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ADDRESSEE_SUGGESTIONS, NATURES, NATURE_LABELS } from "@/lib/letters/constants";
import { fileLimitHint } from "@/lib/attachments/limits";
import { initialFormState, type FormState } from "@/lib/http/form-state";
import { ClassificationPicker, type ClassificationOption } from "./classification-picker";

export interface IncomingFormValues {
  receivedOn?: string;
  senderNumber?: string;
  senderDate?: string;
  sender?: string;
  subject?: string;
  nature?: string;
  classificationCode?: string;
  summary?: string | null;
  addressee?: string;
  addresseeUserId?: string | null;
}

/** Register (or correct, with a reason) an incoming letter with its scans. */
export function IncomingForm({
  action,
  codes,
  people,
  initial = {},
  today,
  correction,
}: {
  action: (prev: FormState, fd: FormData) => Promise<FormState>;
  codes: ClassificationOption[];
  people: { id: string; label: string }[];
  initial?: IncomingFormValues;
  today: string;
  correction?: boolean;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const v = (k: keyof IncomingFormValues) => state.values?.[k] ?? (initial[k] == null ? "" : String(initial[k]));
  const fe = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormMessage status={state.status} message={state.message} />
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-base font-bold">Surat dari pengirim</legend>
        <TextField
          name="sender"
          label="Pengirim"
          required
          maxLength={200}
          defaultValue={v("sender")}
          errors={fe.sender}
          hint="Instansi atau orang yang mengirim surat."
        />
        <TextField
          name="senderNumber"
          label="Nomor surat pengirim"
          required
          maxLength={100}
          defaultValue={v("senderNumber")}
          errors={fe.senderNumber}
        />
        <TextField
          name="senderDate"
          label="Tanggal surat"
          type="date"
          required
          max={today}
          defaultValue={v("senderDate")}
          errors={fe.senderDate}
        />
        <TextField
          name="receivedOn"
          label="Tanggal diterima"
          type="date"
          required
          max={today}
          defaultValue={v("receivedOn") || today}
          errors={fe.receivedOn}
          hint="Tidak boleh sebelum tanggal surat."
        />
        <div className="sm:col-span-2">
          <TextField
            name="subject"
            label="Perihal"
            required
            maxLength={500}
            defaultValue={v("subject")}
            errors={fe.subject}
          />
        </div>
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-base font-bold">Pencatatan</legend>
        <SelectField
          name="nature"
          label="Sifat"
          required
          options={NATURES.map((n) => ({ value: n, label: NATURE_LABELS[n] }))}
          defaultValue={v("nature") || "biasa"}
          errors={fe.nature}
          hint="Surat rahasia hanya terlihat oleh pencatat, tujuan surat, dan penerima disposisinya."
        />
        <ClassificationPicker
          options={codes}
          required
          defaultValue={v("classificationCode")}
          errors={fe.classificationCode}
        />
        <div>
          <TextField
            name="addressee"
            label="Tujuan surat"
            required
            list="addressee-suggestions"
            maxLength={150}
            defaultValue={v("addressee") || "Ketua DPRD"}
            errors={fe.addressee}
          />
          <datalist id="addressee-suggestions">
            {ADDRESSEE_SUGGESTIONS.map((a) => (
              <option key={a} value={a} />
            ))}
          </datalist>
        </div>
        <SelectField
          name="addresseeUserId"
          label="Akun tujuan (bila ada)"
          placeholder="Tidak ada akun"
          options={people.map((p) => ({ value: p.id, label: p.label }))}
          defaultValue={v("addresseeUserId")}
          errors={fe.addresseeUserId}
          hint="Pemilik akun ini dapat membaca surat rahasia yang ditujukan kepadanya."
        />
        <div className="sm:col-span-2">
          <TextAreaField
            name="summary"
            label="Ringkasan isi"
            maxLength={2000}
            defaultValue={v("summary")}
            errors={fe.summary}
          />
        </div>
        <div className="sm:col-span-2">
          <TextField
            name="scans"
            label={correction ? "Tambah pindaian" : "Pindaian surat"}
            type="file"
            multiple
            accept="application/pdf,image/jpeg,image/png,image/webp"
            errors={fe.scans}
            hint={`PDF atau gambar (JPG, PNG, WebP), ${fileLimitHint()}. Jenis berkas diperiksa dari isinya.`}
          />
        </div>
      </fieldset>
      {correction ? (
        <TextAreaField
          name="reason"
          label="Alasan koreksi"
          required
          maxLength={500}
          defaultValue={v("reason" as keyof IncomingFormValues)}
          errors={fe.reason}
          hint="Disimpan dalam riwayat koreksi bersama nilai lama."
        />
      ) : null}
      <SubmitButton pendingText="Menyimpan…">{correction ? "Simpan koreksi" : "Catat surat masuk"}</SubmitButton>
    </form>
  );
}
