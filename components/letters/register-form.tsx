"use client";

import { useActionState, useState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { useEarlyInput } from "@/components/form/use-early-input";
import { CheckboxField, SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/http/form-state";
import { NUMBER_PARTS, formatLetterNumber, validateNumberFormat } from "@/lib/letters/number-format";

export interface RegisterValues {
  code?: string;
  name?: string;
  direction?: string;
  numberFormat?: string;
  numberWidth?: number;
  unitCode?: string;
  isActive?: boolean;
  lastThisYear?: number;
}

/** A register's number settings with a live preview of the next number (the pure formatter runs in the browser too). */
export function RegisterForm({
  action,
  initial = {},
  isNew,
  idPrefix,
  today,
}: {
  action: (prev: FormState, fd: FormData) => Promise<FormState>;
  initial?: RegisterValues;
  isNew?: boolean;
  idPrefix: string;
  today: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const fe = state.fieldErrors ?? {};
  const [format, setFormat] = useState(initial.numberFormat ?? "{klasifikasi}/{nomor}/DPRD/{tahun}");
  const [width, setWidth] = useState(String(initial.numberWidth ?? 4));
  const [unit, setUnit] = useState(initial.unitCode ?? "DPRD");
  const ref = useEarlyInput<HTMLFormElement>((early) => {
    if (typeof early.numberFormat === "string") setFormat(early.numberFormat);
    if (typeof early.numberWidth === "string") setWidth(early.numberWidth);
    if (typeof early.unitCode === "string") setUnit(early.unitCode);
  });
  const problems = validateNumberFormat(format);
  let preview = "";
  if (!problems.length) {
    try {
      preview = formatLetterNumber(format, {
        seq: (initial.lastThisYear ?? 0) + 1,
        width: Number(width) || 1,
        unitCode: unit || "?",
        classification: "000.1.5",
        date: today,
      });
    } catch {
      preview = "";
    }
  }
  return (
    <form ref={ref} action={formAction} className="space-y-3" noValidate>
      <FormMessage status={state.status} message={state.message} />
      <div className="grid gap-3 sm:grid-cols-2">
        {isNew ? (
          <>
            <TextField
              id={`${idPrefix}-code`}
              name="code"
              label="Kode register"
              required
              maxLength={30}
              errors={fe.code}
              hint="Huruf kecil, angka, tanda hubung; mis. keluar-pimpinan."
            />
            <SelectField
              id={`${idPrefix}-dir`}
              name="direction"
              label="Jenis"
              required
              options={[
                { value: "keluar", label: "Surat keluar" },
                { value: "masuk", label: "Surat masuk" },
              ]}
              errors={fe.direction}
            />
          </>
        ) : null}
        <TextField
          id={`${idPrefix}-name`}
          name="name"
          label="Nama register"
          required
          maxLength={120}
          defaultValue={initial.name}
          errors={fe.name}
        />
        <TextField
          id={`${idPrefix}-format`}
          name="numberFormat"
          label="Format nomor"
          required
          maxLength={100}
          value={format}
          onChange={(e) => setFormat(e.target.value)}
          errors={fe.numberFormat ?? (problems.length ? problems : undefined)}
          hint={`Bagian: ${Object.keys(NUMBER_PARTS)
            .map((k) => `{${k}}`)
            .join(" ")}`}
        />
        <TextField
          id={`${idPrefix}-width`}
          name="numberWidth"
          label="Lebar nomor urut (digit)"
          type="number"
          min={1}
          max={8}
          required
          value={width}
          onChange={(e) => setWidth(e.target.value)}
          errors={fe.numberWidth}
        />
        <TextField
          id={`${idPrefix}-unit`}
          name="unitCode"
          label="Kode unit ({unit})"
          required
          maxLength={30}
          value={unit}
          onChange={(e) => setUnit(e.target.value)}
          errors={fe.unitCode}
        />
        <div className="sm:pt-2">
          <CheckboxField
            id={`${idPrefix}-active`}
            name="isActive"
            label="Register aktif"
            defaultChecked={isNew ? true : Boolean(initial.isActive)}
          />
        </div>
      </div>
      <p className="text-sm" aria-live="polite">
        Contoh nomor berikutnya: <span className="font-mono font-semibold">{preview || "—"}</span>
      </p>
      <SubmitButton variant={isNew ? "primary" : "secondary"}>
        {isNew ? "Tambah register" : "Simpan pengaturan"}
      </SubmitButton>
    </form>
  );
}
