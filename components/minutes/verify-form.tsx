"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { VERIFY_MAX_LABEL } from "@/lib/attachments/limits";
import { formatDateTime } from "@/lib/format";
import { initialFormState, type FormState } from "@/lib/http/form-state";
import type { VerificationResult } from "@/lib/minutes/verify";

type Action = (prev: FormState, fd: FormData) => Promise<FormState>;

/** Upload a PDF and get "Dokumen asli" or "Tidak cocok" with the reasons. */
export function VerifyForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const result = state.status === "success" ? (state.data as VerificationResult) : null;
  const fe = state.fieldErrors?.berkas;
  return (
    <div className="space-y-4">
      <form action={formAction} className="space-y-3" noValidate>
        <div className="space-y-1">
          <label htmlFor="berkas" className="block text-sm font-semibold">
            Berkas PDF risalah
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
      <div aria-live="polite">
        {result ? (
          <div
            className={`rounded-lg border-2 p-4 ${result.verdict === "asli" ? "border-green-600 bg-green-50" : "border-red-600 bg-red-50"}`}
          >
            <p className={`text-xl font-bold ${result.verdict === "asli" ? "text-green-900" : "text-red-900"}`}>
              {result.label}
            </p>
            {result.verdict === "asli" && result.document ? (
              <p className="mt-1 text-sm">
                Sama persis dengan dokumen {result.document.code} versi {result.document.documentVersion} (
                {result.document.title}).
                {!result.document.current
                  ? " Perhatian: versi ini telah digantikan oleh versi koreksi yang lebih baru."
                  : ""}
              </p>
            ) : null}
            {result.reasons.length ? (
              <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-red-900">
                {result.reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            ) : null}
            {result.signatures.length ? (
              <ul className="mt-3 space-y-1 text-sm">
                {result.signatures.map((s) => (
                  <li key={s.index}>
                    Tanda tangan {s.index}: {s.signerName ?? "tanpa nama"} —{" "}
                    {s.valid ? "sah secara kriptografis" : "TIDAK sah"}
                    {s.valid && s.trusted ? ", sertifikat terdaftar (rantai tervalidasi ke CA tepercaya)" : ""}
                    {s.valid && s.override
                      ? ", sertifikat diimpor dengan pengecualian admin (rantai tidak tervalidasi)"
                      : ""}
                    {s.valid && !s.trusted && !s.override ? ", sertifikat tidak tepercaya" : ""}
                    {s.coversWholeDocument ? ", mencakup seluruh dokumen" : ""}
                  </li>
                ))}
              </ul>
            ) : null}
            <p className="mt-2 text-xs break-all text-slate-700">SHA-256 berkas yang diunggah: {result.sha256}</p>
            {result.document ? (
              <p className="mt-1 text-xs text-slate-700">
                Ditandatangani lengkap {formatDateTime(result.document.completedAt)}
              </p>
            ) : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}
