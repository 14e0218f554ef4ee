"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { FieldErrors } from "@/components/ui/field";
import { Cell, DataTable, Row } from "@/components/ui/table";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/http/form-state";
import type { ImportPlan } from "@/lib/users/import";
import { applyImportAction, planImportAction } from "@/lib/users/actions";

const ACTION_LABELS: Record<string, string> = { create: "Baru", update: "Diubah", unchanged: "Tetap", error: "Galat" };
const ACTION_TONES: Record<string, string> = {
  create: "text-green-800",
  update: "text-amber-800",
  unchanged: "text-slate-600",
  error: "font-semibold text-red-700",
};

function PlanTable({ plan }: { plan: ImportPlan }) {
  const c = plan.counts;
  return (
    <div className="mt-4">
      <p className="mb-2 text-sm">
        Baru: {c.create} · Diubah: {c.update} · Tetap: {c.unchanged} · Galat: {c.error}
      </p>
      <DataTable
        label="Hasil uji coba impor"
        caption="Hasil uji coba impor per baris"
        columns={["Baris", "Tindakan", "Nama", "Email", "Keterangan"]}
      >
        {plan.lines.map((l) => (
          <Row key={l.line}>
            <Cell>{l.line}</Cell>
            <Cell className={ACTION_TONES[l.action]}>{ACTION_LABELS[l.action]}</Cell>
            <Cell>{l.name}</Cell>
            <Cell>{l.email}</Cell>
            <Cell>{l.action === "update" ? `Berubah: ${l.notes.join(", ")}` : l.notes.join("; ")}</Cell>
          </Row>
        ))}
      </DataTable>
    </div>
  );
}

/** Upload → dry run table → confirm. Plain forms: works without JavaScript. */
export function UserImportForm() {
  const [planState, plan] = useActionState(planImportAction, initialFormState);
  const [applyState, apply] = useActionState(applyImportAction, initialFormState);
  const planned = planState.data as { plan: ImportPlan; csv: string } | undefined;
  const applied = applyState.data as { plan: ImportPlan } | undefined;
  if (applyState.status === "success" && applied) {
    return (
      <div>
        <FormMessage status="success" message={applyState.message} />
        <PlanTable plan={applied.plan} />
      </div>
    );
  }
  return (
    <div className="space-y-6">
      <form action={plan} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <FormMessage status={planState.status} message={planState.message} />
        <div className="space-y-1">
          <label htmlFor="file" className="block text-sm font-semibold text-slate-800">
            Berkas CSV
          </label>
          <input
            id="file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            required
            aria-invalid={planState.fieldErrors?.file ? true : undefined}
            aria-describedby={planState.fieldErrors?.file ? "file-error" : undefined}
            className="block text-sm"
          />
          <FieldErrors id="file-error" errors={planState.fieldErrors?.file} />
        </div>
        <SubmitButton pendingText="Memeriksa…">Uji coba (tidak menyimpan)</SubmitButton>
      </form>
      {planned ? <PlanTable plan={planned.plan} /> : null}
      {planned && planned.plan.counts.error === 0 && planned.plan.counts.create + planned.plan.counts.update > 0 ? (
        <form action={apply} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
          <FormMessage status={applyState.status} message={applyState.message} />
          <textarea name="csv" defaultValue={planned.csv} readOnly hidden aria-hidden="true" />
          <p className="text-sm">
            Terapkan {planned.plan.counts.create} akun baru dan {planned.plan.counts.update} perubahan dalam satu
            transaksi. Akun baru menerima tautan atur kata sandi lewat email.
          </p>
          <SubmitButton pendingText="Menerapkan…">Terapkan impor</SubmitButton>
        </form>
      ) : null}
    </div>
  );
}
