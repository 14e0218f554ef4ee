"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/http/form-state";
import type { PersonalRecord } from "@/lib/privacy/sources";
import { RecordsTable } from "./records-table";

type Action = (prev: FormState, fd: FormData) => Promise<FormState>;

/** Step 1: the tracking code of one of the citizen's reports. */
export function DataRequestForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage status={state.status} message={state.message} />
      <TextField
        name="trackingCode"
        label="Kode pelacakan"
        required
        hint="Kode dari salah satu laporan Anda, mis. ASP-7KX9-Q2MD atau POK-…"
        autoComplete="off"
        defaultValue={state.values?.trackingCode}
        errors={state.fieldErrors?.trackingCode}
        maxLength={40}
      />
      <SubmitButton pendingText="Mengirim kode…">Kirim kode sekali pakai</SubmitButton>
    </form>
  );
}

/** Step 2: the one-time code; on success the citizen sees and can download their data. */
export function OtpForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const records = state.status === "success" ? ((state.data as PersonalRecord[] | undefined) ?? []) : null;
  if (records) {
    const href = `data:application/json;charset=utf-8,${encodeURIComponent(JSON.stringify(records, null, 2))}`;
    return (
      <div className="space-y-4">
        <FormMessage status={state.status} message={state.message} />
        <RecordsTable records={records} />
        <a
          href={href}
          download="data-pribadi-si-dilan.json"
          className="inline-block rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          Unduh data (JSON)
        </a>
        <p className="text-sm text-slate-700">
          Ingin mengoreksi atau menghapus data Anda? Hubungi Sekretariat DPRD Kota Balikpapan (lihat{" "}
          <a className="underline" href="/privasi">
            Kebijakan Privasi
          </a>
          ) dengan menyebut kode pelacakan Anda.
        </p>
      </div>
    );
  }
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage status={state.status} message={state.message} />
      <TextField
        name="otp"
        label="Kode sekali pakai (6 angka)"
        required
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        errors={state.fieldErrors?.otp}
      />
      <SubmitButton pendingText="Memeriksa…">Tampilkan data saya</SubmitButton>
    </form>
  );
}
