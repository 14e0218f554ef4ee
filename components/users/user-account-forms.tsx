"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { TextField } from "@/components/ui/field";
import { Card } from "@/components/ui/misc";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/http/form-state";

type Action = (prev: FormState, fd: FormData) => Promise<FormState>;

/** Deactivate/activate and password reset for one account. */
export function UserAccountForms({
  isActive,
  isSelf,
  setActive,
  resetPassword,
}: {
  isActive: boolean;
  isSelf: boolean;
  setActive: Action;
  resetPassword: Action;
}) {
  const [activeState, activeAction] = useActionState(setActive, initialFormState);
  const [pwState, pwAction] = useActionState(resetPassword, initialFormState);
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Card>
        <h2 className="mb-2 text-lg font-bold">Status akun</h2>
        <p className="mb-4 text-sm text-slate-700">
          Akun ini <strong>{isActive ? "aktif" : "nonaktif"}</strong>. Akun nonaktif tidak dapat masuk, dan sesi yang
          sedang berjalan langsung berakhir.
        </p>
        <form action={activeAction} className="space-y-3">
          <FormMessage status={activeState.status} message={activeState.message} />
          <input type="hidden" name="active" value={isActive ? "0" : "1"} />
          {isSelf ? (
            <p className="text-sm text-slate-600">Anda tidak dapat menonaktifkan akun Anda sendiri.</p>
          ) : isActive ? (
            <ConfirmSubmit
              title="Nonaktifkan akun ini?"
              description="Pengguna tidak dapat masuk lagi sampai akunnya diaktifkan kembali."
            >
              Nonaktifkan akun
            </ConfirmSubmit>
          ) : (
            <SubmitButton variant="secondary">Aktifkan kembali</SubmitButton>
          )}
        </form>
      </Card>
      <Card>
        <h2 className="mb-2 text-lg font-bold">Atur ulang kata sandi</h2>
        <form action={pwAction} className="space-y-3" noValidate>
          <FormMessage status={pwState.status} message={pwState.message} />
          <TextField
            name="password"
            label="Kata sandi baru"
            type="password"
            autoComplete="new-password"
            required
            errors={pwState.fieldErrors?.password}
            hint="Minimal 10 karakter."
            maxLength={200}
          />
          <TextField
            name="confirm"
            label="Ulangi kata sandi baru"
            type="password"
            autoComplete="new-password"
            required
            errors={pwState.fieldErrors?.confirm}
            maxLength={200}
          />
          <ConfirmSubmit
            title="Atur ulang kata sandi?"
            description="Semua sesi pengguna ini akan berakhir dan ia harus masuk dengan kata sandi baru."
            variant="primary"
          >
            Simpan kata sandi baru
          </ConfirmSubmit>
        </form>
      </Card>
    </div>
  );
}
