"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { VERIFY_MAX_LABEL } from "@/lib/attachments/limits";
import { initialFormState, type FormState } from "@/lib/http/form-state";
import type { VerificationResult } from "@/lib/verification/upload";
import { VerifyResult } from "./verify-result";

type Action = (prev: FormState, fd: FormData) => Promise<FormState>;

/** Upload a signed PDF (minutes or letter) and get "Dokumen asli" or "Tidak cocok" with the reasons. */
export function VerifyForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const result = state.status === "success" ? (state.data as VerificationResult) : null;
  const fe = state.fieldErrors?.berkas;
  return (
    <div className="space-y-4">
      <form action={formAction} className="space-y-3" noValidate>
        <div className="space-y-1">
          <label htmlFor="berkas" className="block text-sm font-semibold">
            Berkas PDF risalah atau surat
          </label>
          <p id="berkas-hint" className="text-sm text-slate-600">
            Berkas diperiksa di server: kesamaan dengan dokumen tersimpan (SHA-256) dan keabsahan setiap tanda tangan
            elektronik. Maksimal {VERIFY_MAX_LABEL}.
          </p>
          <input
            id="berkas"
            name="berkas"
            type="file"
            accept="application/pdf,.pdf"
            required
            aria-describedby={`berkas-hint${fe ? " berkas-error" : ""}`}
            aria-invalid={fe ? true : undefined}
            className="block w-full rounded-md border border-slate-400 bg-white px-3 py-2"
          />
          {fe ? (
            <p id="berkas-error" className="text-sm font-medium text-red-700">
              {fe[0]}
            </p>
          ) : null}
        </div>
        {state.status === "error" ? <FormMessage status="error" message={state.message} /> : null}
        <SubmitButton pendingText="Memeriksa…">Periksa dokumen</SubmitButton>
      </form>
      <div aria-live="polite">{result ? <VerifyResult result={result} /> : null}</div>
    </div>
  );
}
