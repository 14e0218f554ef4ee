"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { CheckboxField, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/http/form-state";

/** Import a signer's PKCS#12 issued by a licensed CA (e.g. BSrE). */
export function SignerImportForm({
  action,
  people,
}: {
  action: (p: FormState, fd: FormData) => Promise<FormState>;
  people: { id: string; label: string }[];
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const fe = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage status={state.status} message={state.message} />
      <SelectField
        name="userId"
        label="Penanda tangan"
        required
        placeholder="Pilih anggota atau staf"
        options={people.map((p) => ({ value: p.id, label: p.label }))}
        defaultValue={state.values?.userId}
        errors={fe.userId}
      />
      <div className="space-y-1">
        <label htmlFor="berkas" className="block text-sm font-semibold">
          Berkas PKCS#12 (.p12 / .pfx)
        </label>
        <input
          id="berkas"
          name="berkas"
          type="file"
          accept=".p12,.pfx,application/x-pkcs12"
          aria-invalid={fe.berkas ? true : undefined}
          aria-describedby={fe.berkas ? "berkas-error" : undefined}
          className="block w-full rounded-md border border-slate-400 bg-white px-3 py-2"
        />
        {fe.berkas ? (
          <ul id="berkas-error" className="list-disc pl-5 text-sm font-medium text-red-700">
            {fe.berkas.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        ) : null}
      </div>
      <TextField
        name="passphrase"
        type="password"
        autoComplete="off"
        label="Kata sandi berkas PKCS#12"
        hint="Hanya dipakai untuk membuka berkas; tidak disimpan."
        required
        maxLength={200}
        errors={fe.passphrase}
      />
      <fieldset className="space-y-2 rounded-md border border-slate-200 p-3">
        <legend className="px-1 text-sm font-semibold">Pengecualian (hanya bila yakin)</legend>
        <CheckboxField
          name="override"
          label="Impor walaupun nama, NIK, atau rantai sertifikat tidak cocok"
          hint="Masa berlaku dan penggunaan kunci tidak dapat dikecualikan. Pengecualian dicatat di log audit beserta pemeriksaan yang gagal."
          defaultChecked={state.values?.override === "on"}
          errors={fe.override}
        />
        <TextAreaField
          name="overrideReason"
          label="Alasan pengecualian"
          maxLength={500}
          rows={2}
          defaultValue={state.values?.overrideReason}
          errors={fe.overrideReason}
        />
      </fieldset>
      <SubmitButton>Impor sertifikat</SubmitButton>
    </form>
  );
}
