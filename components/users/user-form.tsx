"use client";

import { useActionState, useState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { useEarlyInput } from "@/components/form/use-early-input";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/http/form-state";

type Option = { id: number; name: string };
export interface UserFormValues {
  name?: string;
  email?: string;
  role?: string;
  position?: string | null;
  unit?: string | null;
  nip?: string | null;
  nik?: string | null;
  phone?: string | null;
  dapilId?: number | null;
  komisiId?: number | null;
  fraksiId?: number | null;
}

const ROLE_OPTIONS = [
  { value: "member", label: "Anggota DPRD" },
  { value: "staff", label: "Staf Sekretariat" },
  { value: "admin", label: "Administrator" },
];

/** Create/edit form for an account; member fields appear only for the member role. */
export function UserForm({
  action,
  options,
  initial = {},
  withPassword,
  submitLabel,
}: {
  action: (prev: FormState, fd: FormData) => Promise<FormState>;
  options: { dapil: Option[]; komisi: Option[]; fraksi: Option[] };
  initial?: UserFormValues;
  withPassword: boolean;
  submitLabel: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const v = (k: keyof UserFormValues) => state.values?.[k] ?? (initial[k] == null ? "" : String(initial[k]));
  const [role, setRole] = useState(v("role") || "staff");
  const ref = useEarlyInput<HTMLFormElement>((early) => {
    if (typeof early.role === "string") setRole(early.role);
  });
  const fe = state.fieldErrors ?? {};
  const opts = (list: Option[]) => list.map((o) => ({ value: String(o.id), label: o.name }));
  return (
    <form ref={ref} action={formAction} className="space-y-4" noValidate>
      <FormMessage status={state.status} message={state.message} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="name"
          label="Nama lengkap"
          required
          defaultValue={v("name")}
          errors={fe.name}
          maxLength={120}
        />
        <TextField
          name="email"
          label="Email"
          type="email"
          required
          defaultValue={v("email")}
          errors={fe.email}
          maxLength={254}
        />
        <SelectField
          name="role"
          label="Peran"
          required
          options={ROLE_OPTIONS}
          value={role}
          onChange={(e) => setRole(e.target.value)}
          errors={fe.role}
        />
        <TextField
          name="position"
          label="Jabatan"
          defaultValue={v("position")}
          errors={fe.position}
          maxLength={120}
          hint="Mis. Anggota, Wakil Ketua DPRD, Analis Persidangan."
        />
        <TextField name="unit" label="Unit kerja" defaultValue={v("unit")} errors={fe.unit} maxLength={120} />
        <TextField
          name="nip"
          label="NIP"
          inputMode="numeric"
          defaultValue={v("nip")}
          errors={fe.nip}
          maxLength={18}
          hint="18 angka, khusus ASN."
        />
        <TextField
          name="nik"
          label="NIK (opsional)"
          inputMode="numeric"
          autoComplete="off"
          defaultValue={v("nik")}
          errors={fe.nik}
          maxLength={16}
          hint="16 angka sesuai KTP; dicocokkan dengan sertifikat tanda tangan elektronik."
        />
        <TextField
          name="phone"
          label="Nomor telepon"
          type="tel"
          defaultValue={v("phone")}
          errors={fe.phone}
          maxLength={20}
        />
      </div>
      {role === "member" ? (
        <fieldset className="grid gap-4 rounded-md border border-slate-200 p-4 sm:grid-cols-3">
          <legend className="px-1 text-sm font-semibold">Keanggotaan DPRD</legend>
          <SelectField
            name="dapilId"
            label="Dapil"
            required
            placeholder="Pilih dapil"
            options={opts(options.dapil)}
            defaultValue={v("dapilId")}
            errors={fe.dapilId}
          />
          <SelectField
            name="komisiId"
            label="Komisi"
            placeholder="Tanpa komisi (pimpinan)"
            options={opts(options.komisi)}
            defaultValue={v("komisiId")}
            errors={fe.komisiId}
          />
          <SelectField
            name="fraksiId"
            label="Fraksi"
            required
            placeholder="Pilih fraksi"
            options={opts(options.fraksi)}
            defaultValue={v("fraksiId")}
            errors={fe.fraksiId}
          />
        </fieldset>
      ) : null}
      {withPassword ? (
        <TextField
          name="password"
          label="Kata sandi awal"
          type="password"
          autoComplete="new-password"
          required
          errors={fe.password}
          hint="Minimal 10 karakter."
          maxLength={200}
        />
      ) : null}
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
