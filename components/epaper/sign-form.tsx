import { TextField } from "@/components/ui/field";
import type { FormState } from "@/lib/http/form-state";
import { ActionForm } from "./action-form";

/** Password (and TOTP when enabled) to sign; usable on a 360 px phone. */
export function SignForm({
  action,
  totp,
}: {
  action: (prev: FormState, fd: FormData) => Promise<FormState>;
  totp: boolean;
}) {
  return (
    <ActionForm action={action} submitLabel="Tandatangani secara elektronik">
      <p className="text-sm text-slate-700">
        Saat ditandatangani, surat diberi nomor dari register surat keluar, dicatat di register, dan dibubuhi tanda
        tangan elektronik dengan kode QR verifikasi.
      </p>
      <TextField
        name="password"
        type="password"
        label="Kata sandi akun Anda"
        required
        autoComplete="current-password"
      />
      {totp ? (
        <TextField
          name="otp"
          label="Kode autentikator (6 angka)"
          required
          inputMode="numeric"
          autoComplete="one-time-code"
        />
      ) : null}
    </ActionForm>
  );
}
