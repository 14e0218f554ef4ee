"use client";

import { useState, useTransition } from "react";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { initialFormState, type FormState } from "@/lib/http/form-state";
import { ATTENDANCE_LABELS, ATTENDANCE_STATUSES, quorumFromAttendance, type AttendanceStatus, type QuorumRule } from "@/lib/minutes/quorum";
import { QuorumBox } from "./quorum-box";
import { ScrollRegion } from "@/components/ui/table";

type Row = { userId: string; name: string; fraksi: string | null; status: AttendanceStatus | null; arrivedAt: string | null };

/** Roll call per body member with the quorum recomputed live as statuses change. */
export function AttendanceForm({ action, rows, rule, editable }: { action: (prev: FormState, fd: FormData) => Promise<FormState>; rows: Row[]; rule: QuorumRule; editable: boolean }) {
  const [entries, setEntries] = useState(() => rows.map((r) => ({ userId: r.userId, status: (r.status ?? "") as AttendanceStatus | "", arrivedAt: r.arrivedAt?.slice(0, 5) ?? "" })));
  const [state, setState] = useState<FormState>(initialFormState);
  const [pending, start] = useTransition();
  const quorum = quorumFromAttendance(rule, entries.map((e) => ({ status: e.status || null })));
  const set = (i: number, patch: Partial<(typeof entries)[number]>) => setEntries((list) => list.map((e, j) => (j === i ? { ...e, ...patch } : e)));
  const nowHHMM = () => new Date().toLocaleTimeString("en-GB", { timeZone: "Asia/Makassar", hour: "2-digit", minute: "2-digit" });
  const fe = state.fieldErrors ?? {};

  return (
    <form
      className="space-y-4"
      onSubmit={(ev) => {
        ev.preventDefault();
        const fd = new FormData();
        fd.set("payload", JSON.stringify(entries));
        start(async () => setState(await action(initialFormState, fd)));
      }}
    >
      <div className="sticky top-0 z-10 bg-slate-50 py-2">
        <QuorumBox quorum={quorum} live />
      </div>
      <FormMessage status={state.status} message={state.message} />
      <ScrollRegion label="Daftar hadir">
        <table className="min-w-full text-left text-sm">
          <caption className="sr-only">Daftar hadir anggota</caption>
          <thead className="bg-slate-100 text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2">
                Nama
              </th>
              <th scope="col" className="px-3 py-2">
                Kehadiran
              </th>
              <th scope="col" className="px-3 py-2">
                Jam hadir
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.userId} className="border-t border-slate-100">
                <th scope="row" className="px-3 py-2 font-medium">
                  {r.name}
                  <span className="block text-xs font-normal text-slate-600">{r.fraksi ?? ""}</span>
                  {fe[r.userId] ? <span className="block text-xs text-red-700">{fe[r.userId][0]}</span> : null}
                </th>
                <td className="px-3 py-2">
                  <label htmlFor={`st-${r.userId}`} className="sr-only">
                    Kehadiran {r.name}
                  </label>
                  <select
                    id={`st-${r.userId}`}
                    value={entries[i].status}
                    disabled={!editable}
                    onChange={(ev) => {
                      const status = ev.target.value as AttendanceStatus | "";
                      set(i, { status, arrivedAt: status === "hadir" ? entries[i].arrivedAt || nowHHMM() : "" });
                    }}
                    className="rounded-md border border-slate-400 bg-white px-2 py-2"
                  >
                    <option value="">Belum dicatat</option>
                    {ATTENDANCE_STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {ATTENDANCE_LABELS[s]}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="px-3 py-2">
                  <label htmlFor={`tm-${r.userId}`} className="sr-only">
                    Jam hadir {r.name}
                  </label>
                  <input
                    id={`tm-${r.userId}`}
                    type="time"
                    value={entries[i].arrivedAt}
                    disabled={!editable || entries[i].status !== "hadir"}
                    onChange={(ev) => set(i, { arrivedAt: ev.target.value })}
                    className="rounded-md border border-slate-400 px-2 py-2 disabled:bg-slate-100"
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {editable ? (
        <Button type="submit" disabled={pending}>
          {pending ? "Menyimpan…" : "Simpan daftar hadir"}
        </Button>
      ) : null}
    </form>
  );
}
