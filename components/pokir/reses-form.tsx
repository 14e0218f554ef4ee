"use client";

import { useActionState } from "react";
import { fileLimitHint } from "@/lib/attachments/limits";
import { FormMessage } from "@/components/ui/alert";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/http/form-state";
import { createResesAction } from "@/lib/pokir/actions";

/** Record a reses visit with photos. */
export function ResesForm({ kelurahan }: { kelurahan: { id: number; name: string }[] }) {
  const [state, action] = useActionState(createResesAction, initialFormState);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-4">
      <FormMessage status={state.status} message={state.message} />
      <TextField name="heldOn" label="Tanggal" type="date" required defaultValue={v.heldOn} errors={e.heldOn} />
      <TextField name="place" label="Tempat" required defaultValue={v.place} errors={e.place} />
      <SelectField
        name="kelurahanId"
        label="Kelurahan"
        required
        placeholder="Pilih kelurahan"
        defaultValue={v.kelurahanId}
        errors={e.kelurahanId}
        options={kelurahan.map((k) => ({ value: String(k.id), label: k.name }))}
      />
      <TextField
        name="attendees"
        label="Jumlah peserta"
        type="number"
        min={0}
        required
        defaultValue={v.attendees ?? "0"}
        errors={e.attendees}
      />
      <TextAreaField name="notes" label="Catatan" rows={4} defaultValue={v.notes} errors={e.notes} />
      <TextField
        name="photos"
        label="Foto kegiatan"
        type="file"
        multiple
        accept="image/jpeg,image/png,image/webp"
        errors={e.photos}
        hint={`${fileLimitHint("foto")}; metadata lokasi dihapus.`.replace(/^p/, "P")}
      />
      <SubmitButton>Simpan reses</SubmitButton>
    </form>
  );
}
