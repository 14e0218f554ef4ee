"use client";

import { useActionState } from "react";
import { initialFormState } from "@/lib/http/form-state";
import { setPaguAction } from "@/lib/pokir/actions";

/** Inline pagu editor of one member. */
export function PaguForm({
  periodId,
  memberId,
  name,
  amount,
}: {
  periodId: number;
  memberId: string;
  name: string;
  amount: number | null;
}) {
  const [state, action, pending] = useActionState(setPaguAction.bind(null, String(periodId)), initialFormState);
  const id = `pagu-${memberId}`;
  return (
    <form action={action} className="flex items-center gap-2">
      <input type="hidden" name="memberId" value={memberId} />
      <label htmlFor={id} className="sr-only">
        Pagu {name}
      </label>
      <input
        id={id}
        name="amount"
        inputMode="numeric"
        defaultValue={amount ?? ""}
        className="w-36 rounded border border-slate-400 px-2 py-1"
        aria-describedby={`${id}-msg`}
      />
      <button disabled={pending} className="rounded bg-brand-700 px-2 py-1 text-white">
        Simpan
      </button>
      <span
        id={`${id}-msg`}
        role="status"
        className={`text-xs ${state.status === "error" ? "text-red-700" : "text-green-800"}`}
      >
        {state.status === "error"
          ? (state.fieldErrors?.amount?.[0] ?? state.message)
          : state.status === "success"
            ? "Tersimpan"
            : ""}
      </span>
    </form>
  );
}
