"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { NATURES, NATURE_LABELS } from "@/lib/letters/constants";
import { fileLimitHint } from "@/lib/attachments/limits";
import { initialFormState, type FormState } from "@/lib/http/form-state";
import { ClassificationPicker, type ClassificationOption } from "./classification-picker";

export interface OutgoingFormValues {
  subject?: string;
  recipients?: string;
  copies?: string | null;
  classificationCode?: string;
  nature?: string;
  signer?: string;
  summary?: string | null;
  replyToAgenda?: string | null;
  registerId?: number | string;
  letterDate?: string | null;
}

const SIGNERS = ["Ketua DPRD Kota Balikpapan", "Wakil Ketua DPRD Kota Balikpapan", "Sekretaris DPRD Kota Balikpapan"];

/**
 * Outgoing letter form. `mode`: a draft (number issued on approval), a correction of an issued
 * letter (classification fixed, reason required), or recording a paper letter with a reserved number.
 */
export function OutgoingForm({
  action,
  codes,
  registers = [],
  initial = {},
  mode,
  submitLabel,
  today,
}: {
  action: (prev: FormState, fd: FormData) => Promise<FormState>;
  codes: ClassificationOption[];
  registers?: { id: number; name: string }[];
  initial?: OutgoingFormValues;
  mode: "draft" | "correction" | "reservation";
  submitLabel: string;
  today: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const v = (k: keyof OutgoingFormValues | "reason") =>
    state.values?.[k] ??
    (initial[k as keyof OutgoingFormValues] == null ? "" : String(initial[k as keyof OutgoingFormValues]));
  const fe = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormMessage status={state.status} message={state.message} />
      <div className="grid gap-4 sm:grid-cols-2">
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
        <TextAreaField
          name="recipients"
          label="Kepada"
          required
          maxLength={2000}
          rows={3}
          defaultValue={v("recipients")}
          errors={fe.recipients}
          hint="Satu penerima per baris."
        />
        <TextAreaField
          name="copies"
          label="Tembusan"
          maxLength={2000}
          rows={3}
          defaultValue={v("copies")}
          errors={fe.copies}
          hint="Satu per baris (boleh kosong)."
        />
        {mode === "draft" ? (
          <ClassificationPicker
            options={codes}
            required
            defaultValue={v("classificationCode")}
            errors={fe.classificationCode}
          />
        ) : (
          <TextField
            name="classificationCodeShown"
            label="Kode klasifikasi"
            readOnly
            defaultValue={v("classificationCode")}
            hint="Bagian dari nomor surat; tidak dapat diubah."
          />
        )}
        <SelectField
          name="nature"
          label="Sifat"
          required
          options={NATURES.map((n) => ({ value: n, label: NATURE_LABELS[n] }))}
          defaultValue={v("nature") || "biasa"}
          errors={fe.nature}
        />
        <div>
          <TextField
            name="signer"
            label="Penanda tangan"
            required
            list="signer-suggestions"
            maxLength={150}
            defaultValue={v("signer")}
            errors={fe.signer}
          />
          <datalist id="signer-suggestions">
            {SIGNERS.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
        </div>
        {mode === "reservation" ? (
          <TextField
            name="letterDate"
            label="Tanggal surat"
            type="date"
            required
            max={today}
            defaultValue={v("letterDate")}
            errors={fe.letterDate}
          />
        ) : null}
        {mode === "draft" && registers.length > 1 ? (
          <SelectField
            name="registerId"
            label="Register"
            required
            options={registers.map((r) => ({ value: String(r.id), label: r.name }))}
            defaultValue={v("registerId")}
            errors={fe.registerId}
          />
        ) : null}
        <TextField
          name="replyToAgenda"
          label="Membalas surat masuk (nomor agenda)"
          maxLength={60}
          defaultValue={v("replyToAgenda")}
          errors={fe.replyToAgenda}
          hint="Mis. 0012/SM/2026. Kosongkan bila bukan balasan."
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
            name="lampiran"
            label={mode === "correction" ? "Tambah berkas" : "Berkas surat / lampiran"}
            type="file"
            multiple
            accept="application/pdf,image/jpeg,image/png,image/webp"
            errors={fe.lampiran}
            hint={`PDF atau gambar, ${fileLimitHint()}.`}
          />
        </div>
      </div>
      {mode === "correction" ? (
        <TextAreaField
          name="reason"
          label="Alasan koreksi"
          required
          maxLength={500}
          defaultValue={v("reason")}
          errors={fe.reason}
          hint="Disimpan dalam riwayat koreksi bersama nilai lama."
        />
      ) : null}
      <SubmitButton pendingText="Menyimpan…">{submitLabel}</SubmitButton>
    </form>
  );
}
