"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ButtonVariant } from "@/components/ui/button";
import { initialFormState, type FormState } from "@/lib/http/form-state";
import { useFlashAction } from "./flash";

type Action = (prev: FormState, fd: FormData) => Promise<FormState>;

/** One workflow step as a button, optionally behind a confirmation dialog. */
export function StepForm({
  action,
  label,
  confirm,
  variant = "primary",
}: {
  action: Action;
  label: string;
  confirm?: { title: string; description: string };
  variant?: ButtonVariant;
}) {
  const [state, formAction] = useActionState(useFlashAction(action), initialFormState);
  return (
    <form action={formAction} className="space-y-2">
      <FormMessage status={state.status} message={state.status === "error" ? state.message : undefined} />
      {confirm ? (
        <ConfirmSubmit title={confirm.title} description={confirm.description} confirmLabel={label} variant={variant}>
          {label}
        </ConfirmSubmit>
      ) : (
        <SubmitButton variant={variant}>{label}</SubmitButton>
      )}
    </form>
  );
}

/** A step that needs a written note (returning a draft, opening a correction). */
export function NoteForm({
  action,
  name,
  label,
  hint,
  submitLabel,
  variant = "secondary",
}: {
  action: Action;
  name: string;
  label: string;
  hint?: string;
  submitLabel: string;
  variant?: ButtonVariant;
}) {
  const [state, formAction] = useActionState(useFlashAction(action), initialFormState);
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormMessage status={state.status} message={state.status === "error" ? state.message : undefined} />
      <TextAreaField
        name={name}
        label={label}
        hint={hint}
        required
        maxLength={2000}
        defaultValue={state.status === "error" ? state.values?.[name] : ""}
        errors={state.fieldErrors?.[name]}
      />
      <SubmitButton variant={variant}>{submitLabel}</SubmitButton>
    </form>
  );
}

/** Sign with the account password, confirmed at the moment of signing. */
export function SignForm({ action, roleLabel }: { action: Action; roleLabel: string }) {
  const [state, formAction] = useActionState(useFlashAction(action), initialFormState);
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormMessage status={state.status} message={state.status === "error" ? state.message : undefined} />
      <TextField
        name="password"
        type="password"
        autoComplete="current-password"
        label="Kata sandi akun Anda"
        hint={`Tanda tangan elektronik dibuat atas nama Anda sebagai ${roleLabel} pada saat ini, dengan sertifikat Anda.`}
        required
        maxLength={200}
        errors={state.fieldErrors?.password}
      />
      <SubmitButton pendingText="Menandatangani…">Tandatangani sebagai {roleLabel}</SubmitButton>
    </form>
  );
}

/** A member's proposed correction to the circulated draft. */
/** An attendee confirms the circulated draft needs no correction from them. */
export function ConfirmDraftForm({ action, confirmedBefore }: { action: Action; confirmedBefore: boolean }) {
  const [state, formAction] = useActionState(action, initialFormState);
  if (state.status === "success") return <FormMessage status="success" message={state.message} />;
  return (
    <form action={formAction} className="space-y-2">
      <FormMessage status={state.status} message={state.status === "error" ? state.message : undefined} />
      <p className="text-sm text-slate-700">
        {confirmedBefore
          ? "Draf telah berubah sejak Anda mengonfirmasinya. Bila isinya tetap sesuai, konfirmasi sekali lagi."
          : "Bila draf sudah sesuai dengan jalannya rapat, beri tahu ketua rapat. Bila semua anggota yang hadir mengonfirmasi, risalah dapat disetujui sebelum masa koreksi berakhir."}
      </p>
      <SubmitButton variant="secondary">Draf sudah sesuai, tidak ada koreksi dari saya</SubmitButton>
    </form>
  );
}

export function ProposeCorrectionForm({ action, sections }: { action: Action; sections: string[] }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const v = (k: string) => (state.status === "error" ? state.values?.[k] : undefined);
  return (
    <form
      action={formAction}
      className="space-y-3"
      noValidate
      key={state.status === "success" ? state.message : "form"}
    >
      <FormMessage status={state.status} message={state.message} />
      <SelectField
        name="section"
        label="Bagian risalah"
        required
        options={sections.map((s) => ({ value: s, label: s }))}
        defaultValue={v("section")}
        errors={state.fieldErrors?.section}
      />
      <TextAreaField
        name="text"
        label="Usulan koreksi"
        hint="Tulis bagian yang keliru dan rumusan yang benar."
        required
        maxLength={5000}
        defaultValue={v("text")}
        errors={state.fieldErrors?.text}
      />
      <SubmitButton>Kirim usulan koreksi</SubmitButton>
    </form>
  );
}

/** The note-taker's answer to a proposed correction. */
export function RespondCorrectionForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="mt-2 space-y-2" noValidate>
      <FormMessage status={state.status} message={state.message} />
      <TextField name="response" label="Tanggapan (opsional)" maxLength={2000} errors={state.fieldErrors?.response} />
      <div className="flex flex-wrap gap-2">
        <button
          name="decision"
          value="diterima"
          className="min-h-11 rounded-md bg-brand-700 px-4 text-sm font-semibold text-white"
        >
          Terima
        </button>
        <button
          name="decision"
          value="ditolak"
          className="min-h-11 rounded-md border border-slate-300 bg-white px-4 text-sm font-semibold"
        >
          Tolak
        </button>
      </div>
    </form>
  );
}
