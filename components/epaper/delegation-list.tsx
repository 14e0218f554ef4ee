import type { ReactNode } from "react";
import { Badge, EmptyState } from "@/components/ui/misc";
import { formatDate } from "@/lib/format";

export interface DelegationRow {
  id: string;
  modeLabel: string;
  principalName: string;
  delegateName: string;
  startsOn: string;
  endsOn: string;
  note: string | null;
  state: "berlaku" | "akan_datang" | "selesai" | "dicabut";
}

const STATE_LABEL = {
  berlaku: "Berlaku",
  akan_datang: "Akan datang",
  selesai: "Selesai",
  dicabut: "Diakhiri",
} as const;
const STATE_TONE = { berlaku: "green", akan_datang: "blue", selesai: "slate", dicabut: "slate" } as const;

/** One list of delegations; `actions` renders the end form for a row (current and future ones only). */
export function DelegationList({
  rows,
  empty,
  actions,
}: {
  rows: DelegationRow[];
  empty: string;
  actions?: (row: DelegationRow) => ReactNode;
}) {
  if (rows.length === 0) return <EmptyState title={empty} />;
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
      {rows.map((r) => (
        <li key={r.id} className="flex flex-wrap items-start justify-between gap-3 p-3 text-sm">
          <div className="min-w-0 space-y-1">
            <p className="font-semibold break-words">
              {r.delegateName} {r.modeLabel} {r.principalName}
            </p>
            <p className="text-slate-700">
              {formatDate(r.startsOn)} s.d. {formatDate(r.endsOn)}
              {r.note ? ` · ${r.note}` : ""}
            </p>
            <Badge tone={STATE_TONE[r.state]}>{STATE_LABEL[r.state]}</Badge>
          </div>
          {actions ? actions(r) : null}
        </li>
      ))}
    </ul>
  );
}
