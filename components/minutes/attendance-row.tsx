"use client";

import { Cell, Row, RowHeader } from "@/components/ui/table";
import { ATTENDANCE_LABELS, ATTENDANCE_STATUSES, type AttendanceStatus } from "@/lib/minutes/quorum";

export type AttendanceEntry = { userId: string; status: AttendanceStatus | ""; arrivedAt: string };

/** One member's line of the roll call: name (and error), attendance status, arrival time. */
export function AttendanceRow(props: {
  name: string;
  fraksi: string | null;
  entry: AttendanceEntry;
  error?: string;
  editable: boolean;
  onStatus: (status: AttendanceStatus | "") => void;
  onTime: (time: string) => void;
}) {
  const { name, fraksi, entry, error, editable, onStatus, onTime } = props;
  return (
    <Row>
      <RowHeader>
        {name}
        <span className="block text-xs font-normal text-slate-600">{fraksi ?? ""}</span>
        {error ? <span className="block text-xs text-red-700">{error}</span> : null}
      </RowHeader>
      <Cell>
        <label htmlFor={`st-${entry.userId}`} className="sr-only">
          Kehadiran {name}
        </label>
        <select
          id={`st-${entry.userId}`}
          value={entry.status}
          disabled={!editable}
          onChange={(ev) => onStatus(ev.target.value as AttendanceStatus | "")}
          className="rounded-md border border-slate-400 bg-white px-2 py-2"
        >
          <option value="">Belum dicatat</option>
          {ATTENDANCE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {ATTENDANCE_LABELS[s]}
            </option>
          ))}
        </select>
      </Cell>
      <Cell>
        <label htmlFor={`tm-${entry.userId}`} className="sr-only">
          Jam hadir {name}
        </label>
        <input
          id={`tm-${entry.userId}`}
          type="time"
          value={entry.arrivedAt}
          disabled={!editable || entry.status !== "hadir"}
          onChange={(ev) => onTime(ev.target.value)}
          className="rounded-md border border-slate-400 px-2 py-2 disabled:bg-slate-100"
        />
      </Cell>
    </Row>
  );
}
