"use client";

import { useActionState, useState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { useEarlyInput } from "@/components/form/use-early-input";
import { CheckboxField, SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/http/form-state";
import { QUORUM_DESCRIPTIONS, QUORUM_RULES } from "@/lib/minutes/quorum";

const BODY_KINDS = [
  { value: "semua", label: "Seluruh anggota DPRD" },
  { value: "pimpinan", label: "Pimpinan DPRD (ketua dan wakil ketua)" },
  { value: "komisi", label: "Anggota satu komisi" },
  { value: "gabungan_komisi", label: "Anggota seluruh komisi" },
  { value: "daftar", label: "Daftar anggota (diatur di bawah)" },
];

export interface MeetingTypeValues {
  name: string;
  bodyKind: string;
  komisiId: number | null;
  defaultNature: string;
  defaultQuorumRule: string;
  correctionDays: number;
  correctionDayKind?: "kerja" | "kalender";
  isActive: boolean;
  memberIds: string[];
}

/** Admin form of a meeting type: its body, default nature, quorum rule and correction window. */
export function MeetingTypeForm({
  action,
  initial,
  komisi,
  members,
  submitLabel,
}: {
  action: (p: FormState, fd: FormData) => Promise<FormState>;
  initial: MeetingTypeValues;
  komisi: { id: number; name: string }[];
  members: { id: string; name: string }[];
  submitLabel: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const [kind, setKind] = useState(initial.bodyKind);
  const ref = useEarlyInput<HTMLFormElement>((early) => {
    if (typeof early.bodyKind === "string") setKind(early.bodyKind);
  });
  const fe = state.fieldErrors ?? {};
  const v = (k: keyof MeetingTypeValues) => state.values?.[k] ?? String(initial[k] ?? "");
  return (
    <form ref={ref} action={formAction} className="space-y-4" noValidate>
      <FormMessage status={state.status} message={state.message} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="name"
          label="Nama jenis rapat"
          required
          defaultValue={v("name")}
          maxLength={120}
          errors={fe.name}
        />
        <SelectField
          name="bodyKind"
          label="Keanggotaan badan rapat"
          required
          options={BODY_KINDS}
          value={kind}
          onChange={(e) => setKind(e.target.value)}
          errors={fe.bodyKind}
        />
        {kind === "komisi" ? (
          <SelectField
            name="komisiId"
            label="Komisi"
            required
            placeholder="Pilih komisi"
            options={komisi.map((k) => ({ value: String(k.id), label: k.name }))}
            defaultValue={v("komisiId")}
            errors={fe.komisiId}
          />
        ) : null}
        <SelectField
          name="defaultNature"
          label="Sifat bawaan"
          options={[
            { value: "terbuka", label: "Terbuka" },
            { value: "tertutup", label: "Tertutup" },
          ]}
          defaultValue={v("defaultNature")}
          errors={fe.defaultNature}
        />
        <SelectField
          name="defaultQuorumRule"
          label="Aturan kuorum bawaan"
          options={QUORUM_RULES.map((r) => ({ value: r, label: QUORUM_DESCRIPTIONS[r] }))}
          defaultValue={v("defaultQuorumRule")}
          errors={fe.defaultQuorumRule}
        />
        <TextField
          name="correctionDays"
          label="Masa koreksi anggota (hari)"
          type="number"
          min={1}
          max={30}
          required
          defaultValue={v("correctionDays")}
          errors={fe.correctionDays}
          hint="Bawaan 4 hari kerja sejak draf diedarkan."
        />
        <SelectField
          name="correctionDayKind"
          label="Hitungan masa koreksi"
          options={[
            { value: "kerja", label: "Hari kerja (tanpa Sabtu, Minggu, hari libur)" },
            { value: "kalender", label: "Hari kalender" },
          ]}
          defaultValue={initial.correctionDayKind ?? "kerja"}
          errors={fe.correctionDayKind}
        />
      </div>
      <CheckboxField name="isActive" label="Aktif (dapat dipilih untuk rapat baru)" defaultChecked={initial.isActive} />
      {kind === "daftar" ? (
        <fieldset className="rounded-md border border-slate-200 p-4">
          <legend className="px-1 font-semibold">Anggota badan</legend>
          <div className="grid max-h-96 gap-1 overflow-y-auto sm:grid-cols-2">
            {members.map((m) => (
              <label key={m.id} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  name="memberIds"
                  value={m.id}
                  defaultChecked={initial.memberIds.includes(m.id)}
                  className="size-5 accent-brand-700"
                />
                {m.name}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
