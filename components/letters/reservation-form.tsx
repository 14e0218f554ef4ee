"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/http/form-state";
import { ClassificationPicker, type ClassificationOption } from "./classification-picker";

/** Reserve one number or a block for letters signed on paper while systems are down. */
export function ReservationForm({
  action,
  codes,
  registers,
  today,
}: {
  action: (prev: FormState, fd: FormData) => Promise<FormState>;
  codes: ClassificationOption[];
  registers: { id: number; name: string }[];
  today: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const fe = state.fieldErrors ?? {};
  const v = (k: string, d = "") => (state.status === "error" ? (state.values?.[k] ?? d) : d);
  const numbers = (state.data as { numbers?: string[] } | undefined)?.numbers;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage status={state.status} message={state.message} />
      {numbers?.length ? (
        <ul
          aria-label="Nomor yang dicadangkan"
          className="rounded-md border border-green-300 bg-green-50 p-3 font-mono text-sm"
        >
          {numbers.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="count"
          label="Jumlah nomor"
          type="number"
          inputMode="numeric"
          min={1}
          max={50}
          required
          defaultValue={v("count", "1")}
          errors={fe.count}
          hint="1 sampai 50 nomor berurutan."
        />
        <TextField
          name="letterDate"
          label="Tanggal surat"
          type="date"
          defaultValue={v("letterDate", today)}
          errors={fe.letterDate}
          hint="Dalam tahun berjalan."
        />
        <ClassificationPicker
          options={codes}
          required
          defaultValue={v("classificationCode")}
          errors={fe.classificationCode}
        />
        {registers.length > 1 ? (
          <SelectField
            name="registerId"
            label="Register"
            options={registers.map((r) => ({ value: String(r.id), label: r.name }))}
            defaultValue={v("registerId")}
            errors={fe.registerId}
          />
        ) : null}
        <div className="sm:col-span-2">
          <TextField
            name="reservedFor"
            label="Keperluan"
            required
            maxLength={300}
            defaultValue={v("reservedFor")}
            errors={fe.reservedFor}
            hint="Mis. undangan rapat paripurna yang ditandatangani manual saat jaringan terputus."
          />
        </div>
      </div>
      <SubmitButton pendingText="Mencadangkan…">Cadangkan nomor</SubmitButton>
    </form>
  );
}
