"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/http/form-state";
import { createResesPeriodAction, setResesScheduleAction } from "@/lib/reses/actions";

/** Staff record a reses period of a masa sidang. */
export function ResesPeriodForm() {
  const [state, action] = useActionState(createResesPeriodAction, initialFormState);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} className="grid gap-3 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <FormMessage status={state.status} message={state.message} />
      </div>
      <TextField name="year" label="Tahun" type="number" required defaultValue={v.year} errors={e.year} />
      <SelectField
        name="masaSidang"
        label="Masa sidang"
        required
        defaultValue={v.masaSidang}
        errors={e.masaSidang}
        options={[
          { value: "1", label: "Masa Sidang I (Januari–April)" },
          { value: "2", label: "Masa Sidang II (Mei–Agustus)" },
          { value: "3", label: "Masa Sidang III (September–Desember)" },
        ]}
      />
      <TextField
        name="startsOn"
        label="Reses mulai"
        type="date"
        required
        defaultValue={v.startsOn}
        errors={e.startsOn}
      />
      <TextField name="endsOn" label="Reses selesai" type="date" required defaultValue={v.endsOn} errors={e.endsOn} />
      <div className="sm:col-span-2">
        <SubmitButton>Catat periode</SubmitButton>
      </div>
    </form>
  );
}

/** Staff set one member's reses days (at most 6) in a period. */
export function ResesScheduleForm({
  periodId,
  members,
}: {
  periodId: number;
  members: { id: string; name: string }[];
}) {
  const [state, action] = useActionState(setResesScheduleAction, initialFormState);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} className="grid gap-3 sm:grid-cols-3">
      <input type="hidden" name="periodId" value={periodId} />
      <div className="sm:col-span-3">
        <FormMessage status={state.status} message={state.message} />
      </div>
      <SelectField
        id="jadwal-memberId"
        name="memberId"
        label="Anggota"
        placeholder="Pilih anggota"
        required
        defaultValue={v.memberId}
        errors={e.memberId}
        options={members.map((m) => ({ value: m.id, label: m.name }))}
      />
      <TextField
        id="jadwal-startsOn"
        name="startsOn"
        label="Mulai"
        type="date"
        required
        defaultValue={v.startsOn}
        errors={e.startsOn}
      />
      <TextField
        id="jadwal-endsOn"
        name="endsOn"
        label="Selesai"
        type="date"
        required
        defaultValue={v.endsOn}
        errors={e.endsOn}
        hint="Paling lama 6 hari."
      />
      <div className="sm:col-span-3">
        <SubmitButton>Simpan jadwal</SubmitButton>
      </div>
    </form>
  );
}
