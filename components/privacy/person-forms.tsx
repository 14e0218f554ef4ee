"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/http/form-state";

type Action = (prev: FormState, fd: FormData) => Promise<FormState>;
interface Who {
  email?: string;
  phone?: string;
}

function WhoFields({ who }: { who: Who }) {
  return (
    <>
      {who.email ? <input type="hidden" name="email" value={who.email} /> : null}
      {who.phone ? <input type="hidden" name="phone" value={who.phone} /> : null}
    </>
  );
}

/** Correct a person's name and/or contact on all their records. */
export function CorrectPersonForm({ action, who }: { action: Action; who: Who }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage status={state.status} message={state.message} />
      <WhoFields who={who} />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          name="name"
          label="Nama yang benar"
          defaultValue={state.values?.name}
          errors={state.fieldErrors?.name}
          maxLength={120}
        />
        <TextField
          name="newEmail"
          label="Email yang benar"
          type="email"
          defaultValue={state.values?.newEmail}
          errors={state.fieldErrors?.newEmail}
          maxLength={254}
        />
        <TextField
          name="newPhone"
          label="Telepon yang benar"
          defaultValue={state.values?.newPhone}
          errors={state.fieldErrors?.newPhone}
          maxLength={32}
        />
      </div>
      <SubmitButton>Simpan koreksi</SubmitButton>
    </form>
  );
}

/** Erase (anonymise) a person after a confirmation dialog. */
export function ErasePersonForm({ action, who }: { action: Action; who: Who }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage status={state.status} message={state.message} />
      <WhoFields who={who} />
      <ConfirmSubmit
        title="Hapus data pribadi orang ini?"
        description="Nama, email dan nomor telepon dihapus dari semua catatannya dan dari kotak keluar pesan. Isi laporan, status dan statistik tetap ada. Tindakan ini tidak dapat dibatalkan."
        confirmLabel="Ya, hapus data pribadi"
      >
        Hapus data pribadi
      </ConfirmSubmit>
    </form>
  );
}

/** Run the retention job now. */
export function RunRetentionForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage status={state.status} message={state.message} />
      <SubmitButton variant="secondary" pendingText="Menjalankan…">
        Jalankan retensi sekarang
      </SubmitButton>
    </form>
  );
}
