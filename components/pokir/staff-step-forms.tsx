"use client";

import { ActionForm } from "./action-form";
import { FormFieldErrorList, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import type { FormState } from "@/lib/http/form-state";

type Action = (prev: FormState, fd: FormData) => Promise<FormState>;
type Option = { id: number | string; name: string };
const toOptions = (xs: Option[]) => xs.map((x) => ({ value: String(x.id), label: x.name }));

/** Verify a complete proposal, with an optional internal note. */
export function VerifyStep({ action }: { action: Action }) {
  return (
    <ActionForm action={action} label="Verifikasi (lengkap)">
      {() => <TextField id="verify-note" name="note" label="Catatan internal (opsional)" />}
    </ActionForm>
  );
}

/** A step that needs a reason: return for correction, or reject (with confirmation). */
export function ReasonStep({
  action,
  id,
  label,
  reasonLabel,
  danger,
}: {
  action: Action;
  id: string;
  label: string;
  reasonLabel: string;
  danger?: boolean;
}) {
  const confirm = danger
    ? { title: "Tolak usulan?", description: "Usulan yang ditolak tidak dapat diperbaiki." }
    : undefined;
  return (
    <ActionForm action={action} label={label} variant={danger ? "danger" : "secondary"} confirm={confirm}>
      {() => <TextAreaField id={id} name="reason" label={reasonLabel} rows={2} />}
    </ActionForm>
  );
}

/** Set the bidang and the target OPD. */
export function ClassifyStep(props: {
  action: Action;
  bidangId: number | null;
  opdId: number | null;
  bidang: Option[];
  opd: Option[];
}) {
  return (
    <ActionForm action={props.action} label="Simpan bidang dan OPD" variant="secondary">
      {() => (
        <>
          <SelectField
            name="bidangId"
            label="Bidang/urusan"
            placeholder="Belum ditentukan"
            options={toOptions(props.bidang)}
            defaultValue={props.bidangId ?? ""}
          />
          <SelectField
            name="opdId"
            label="OPD tujuan"
            placeholder="Sesuai bidang"
            options={toOptions(props.opd)}
            defaultValue={props.opdId ?? ""}
          />
        </>
      )}
    </ActionForm>
  );
}

/** Merge into a similar proposal of the same period. */
export function MergeStep({ action, suggestions }: { action: Action; suggestions: { id: string; label: string }[] }) {
  const confirm = {
    title: "Gabungkan usulan?",
    description: "Usulan ini menjadi 'digabung' dan tindak lanjutnya mengikuti usulan tujuan.",
  };
  return (
    <ActionForm action={action} label="Gabungkan ke usulan terpilih" variant="secondary" confirm={confirm}>
      {() => (
        <>
          {suggestions.length === 0 ? (
            <p className="text-sm text-slate-700">Tidak ada usulan yang mirip di periode ini.</p>
          ) : null}
          <SelectField
            name="targetId"
            label="Kemungkinan duplikat"
            placeholder="Pilih usulan tujuan"
            options={suggestions.map((x) => ({ value: x.id, label: x.label }))}
          />
        </>
      )}
    </ActionForm>
  );
}

/** Record the RKPD/APBD outcome of a proposal entered in SIPD. */
export function OutcomeStep({ action }: { action: Action }) {
  return (
    <ActionForm action={action} label="Catat hasil RKPD/APBD">
      {() => (
        <>
          <fieldset>
            <legend className="text-sm font-semibold">Hasil</legend>
            <label className="mr-4">
              <input type="radio" name="outcome" value="diakomodir" /> Diakomodir
            </label>
            <label>
              <input type="radio" name="outcome" value="tidak_diakomodir" /> Tidak diakomodir
            </label>
            <FormFieldErrorList id="outcome-error" name="outcome" />
          </fieldset>
          <TextAreaField id="outcome-reason" name="reason" label="Keterangan (wajib bila tidak diakomodir)" rows={2} />
        </>
      )}
    </ActionForm>
  );
}
