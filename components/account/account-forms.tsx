"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { TextField } from "@/components/ui/field";
import { Card } from "@/components/ui/misc";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/http/form-state";

type Action = (prev: FormState, fd: FormData) => Promise<FormState>;

export function ChangePasswordForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const fe = state.fieldErrors ?? {};
  return (
    <Card>
      <h2 className="mb-3 text-lg font-bold">Ganti kata sandi</h2>
      <form action={formAction} className="space-y-3" noValidate>
        <FormMessage status={state.status} message={state.message} />
        <TextField
          name="current"
          label="Kata sandi saat ini"
          type="password"
          autoComplete="current-password"
          required
          errors={fe.current}
          maxLength={200}
        />
        <TextField
          name="password"
          label="Kata sandi baru"
          type="password"
          autoComplete="new-password"
          required
          hint="Minimal 10 karakter."
          errors={fe.password}
          maxLength={200}
        />
        <TextField
          name="confirm"
          label="Ulangi kata sandi baru"
          type="password"
          autoComplete="new-password"
          required
          errors={fe.confirm}
          maxLength={200}
        />
        <p className="text-sm text-slate-600">Setelah kata sandi diganti, sesi Anda di perangkat lain berakhir.</p>
        <SubmitButton>Simpan kata sandi baru</SubmitButton>
      </form>
    </Card>
  );
}

export function TotpForms({
  enabled,
  mustEnable,
  start,
  confirm,
  disable,
}: {
  enabled: boolean;
  mustEnable: boolean;
  start: Action;
  confirm: Action;
  disable: Action;
}) {
  const [startState, startAction] = useActionState(start, initialFormState);
  const [confirmState, confirmAction] = useActionState(confirm, initialFormState);
  const [disableState, disableAction] = useActionState(disable, initialFormState);
  const setup = startState.data as { secret: string; qrDataUrl: string } | undefined;
  const codes = (confirmState.data as { codes?: string[] } | undefined)?.codes;
  return (
    <Card>
      <h2 className="mb-1 text-lg font-bold">Verifikasi dua langkah (TOTP)</h2>
      <p className="mb-3 text-sm text-slate-700">
        Status: <strong>{enabled || codes ? "aktif" : "belum aktif"}</strong>. Saat masuk, selain kata sandi Anda
        memasukkan kode 6 angka dari aplikasi autentikator (mis. Google Authenticator, Aegis, atau FreeOTP).
      </p>
      {disableState.status === "success" ? <FormMessage status="success" message={disableState.message} /> : null}
      {mustEnable && !codes ? (
        <FormMessage
          status="error"
          message="Administrator wajib mengaktifkan verifikasi dua langkah sebelum memakai fitur lain."
        />
      ) : null}
      {codes ? (
        <div className="space-y-2">
          <FormMessage status="success" message={confirmState.message} />
          <ul className="grid grid-cols-2 gap-2 font-mono text-sm" aria-label="Kode pemulihan">
            {codes.map((c) => (
              <li key={c} className="rounded bg-slate-100 px-2 py-1">
                {c}
              </li>
            ))}
          </ul>
        </div>
      ) : enabled ? (
        <form action={disableAction} className="space-y-3" noValidate>
          <FormMessage
            status={disableState.status}
            message={disableState.status === "error" ? disableState.message : undefined}
          />
          <TextField
            name="password"
            label="Kata sandi (untuk mematikan)"
            type="password"
            autoComplete="current-password"
            required
            errors={disableState.fieldErrors?.password}
            maxLength={200}
          />
          <ConfirmSubmit
            title="Matikan verifikasi dua langkah?"
            description="Akun Anda hanya akan dilindungi kata sandi."
          >
            Matikan
          </ConfirmSubmit>
        </form>
      ) : setup ? (
        <div className="space-y-3">
          <FormMessage status={startState.status} message={startState.message} />
          {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL generated on the server */}
          <img
            src={setup.qrDataUrl}
            alt="Kode QR untuk aplikasi autentikator"
            width={220}
            height={220}
            className="rounded border"
          />
          <p className="text-sm">
            Atau ketik kunci ini: <code className="font-mono break-all select-all">{setup.secret}</code>
          </p>
          <form action={confirmAction} className="space-y-3" noValidate>
            <FormMessage
              status={confirmState.status}
              message={confirmState.status === "error" ? confirmState.message : undefined}
            />
            <TextField
              name="code"
              label="Kode 6 angka"
              inputMode="numeric"
              autoComplete="one-time-code"
              required
              errors={confirmState.fieldErrors?.code}
              maxLength={6}
            />
            <SubmitButton>Aktifkan</SubmitButton>
          </form>
        </div>
      ) : (
        <form action={startAction}>
          <FormMessage status={startState.status} message={startState.message} />
          <SubmitButton>Siapkan verifikasi dua langkah</SubmitButton>
        </form>
      )}
    </Card>
  );
}

export function EndSessionsForm({ action, others }: { action: Action; others: number }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-2">
      <FormMessage status={state.status} message={state.message} />
      <ConfirmSubmit
        title="Akhiri sesi lain?"
        description="Perangkat lain yang sedang masuk dengan akun Anda harus masuk ulang."
        variant="secondary"
      >
        Akhiri {others} sesi lain
      </ConfirmSubmit>
    </form>
  );
}
