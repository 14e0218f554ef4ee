"use client";

import { useState, useTransition } from "react";
import { FormMessage } from "@/components/ui/alert";
import { useHydrated } from "@/components/form/use-hydrated";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/table";
import { localTime } from "@/lib/calendar/working-days";
import { initialFormState, type FormState } from "@/lib/http/form-state";
import { quorumFromAttendance, type AttendanceStatus, type QuorumRule } from "@/lib/minutes/quorum";
import { AttendanceRow, type AttendanceEntry } from "./attendance-row";
import { QuorumBox } from "./quorum-box";

type Row = {
  userId: string;
  name: string;
  fraksi: string | null;
  status: AttendanceStatus | null;
  arrivedAt: string | null;
};

const nowHHMM = () => localTime(new Date());

/** Roll call per body member with the quorum recomputed live as statuses change. */
export function AttendanceForm({
  action,
  rows,
  rule,
  editable,
}: {
  action: (prev: FormState, fd: FormData) => Promise<FormState>;
  rows: Row[];
  rule: QuorumRule;
  editable: boolean;
}) {
  const [entries, setEntries] = useState<AttendanceEntry[]>(() =>
    rows.map((r) => ({ userId: r.userId, status: r.status ?? "", arrivedAt: r.arrivedAt?.slice(0, 5) ?? "" })),
  );
  const [state, setState] = useState<FormState>(initialFormState);
  const [pending, start] = useTransition();
  // The roll call is kept in React state and sent as JSON: a status chosen before hydration would be reset by
  // it (the pages link here with full page loads), so the fields stay disabled until then.
  const hydrated = useHydrated();
  const quorum = quorumFromAttendance(
    rule,
    entries.map((e) => ({ status: e.status || null })),
  );
  const set = (i: number, patch: Partial<AttendanceEntry>) =>
    setEntries((list) => list.map((e, j) => (j === i ? { ...e, ...patch } : e)));
  const fe = state.fieldErrors ?? {};
  const onSubmit = (ev: React.FormEvent<HTMLFormElement>) => {
    ev.preventDefault();
    const fd = new FormData();
    fd.set("payload", JSON.stringify(entries));
    start(async () => setState(await action(initialFormState, fd)));
  };
  return (
    <form className="space-y-4" onSubmit={onSubmit}>
      <div className="sticky top-0 z-10 bg-slate-50 py-2">
        <QuorumBox quorum={quorum} live />
      </div>
      <FormMessage status={state.status} message={state.message} />
      <DataTable label="Daftar hadir" caption="Daftar hadir anggota" columns={["Nama", "Kehadiran", "Jam hadir"]}>
        {rows.map((r, i) => (
          <AttendanceRow
            key={r.userId}
            name={r.name}
            fraksi={r.fraksi}
            entry={entries[i]}
            error={fe[r.userId]?.[0]}
            editable={editable && hydrated}
            // Marking someone present fills in the current time (Balikpapan), which staff can correct.
            onStatus={(status) =>
              set(i, { status, arrivedAt: status === "hadir" ? entries[i].arrivedAt || nowHHMM() : "" })
            }
            onTime={(arrivedAt) => set(i, { arrivedAt })}
          />
        ))}
      </DataTable>
      {editable ? (
        <Button type="submit" disabled={pending}>
          {pending ? "Menyimpan…" : "Simpan daftar hadir"}
        </Button>
      ) : null}
    </form>
  );
}
