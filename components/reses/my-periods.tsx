import Link from "next/link";
import { ActionForm } from "@/components/pokir/action-form";
import { Alert } from "@/components/ui/alert";
import { formatDate } from "@/lib/format";
import type { FormState } from "@/lib/http/form-state";
import type { ResesReportStatus } from "@/lib/reses/constants";
import { ReportStatusBadge } from "./status-badge";

export interface MyPeriod {
  id: number;
  label: string;
  startsOn: string;
  endsOn: string;
  schedule: { from: string; to: string } | null;
  reportId: string | null;
  status: ResesReportStatus | "belum";
}

/** The member's reses periods with their report status, and the block on the next reses. */
export function MyResesPeriods({
  periods,
  blockedBy,
  draftAction,
}: {
  periods: MyPeriod[];
  blockedBy: { label: string } | null;
  draftAction: (periodId: number) => (prev: FormState, fd: FormData) => Promise<FormState>;
}) {
  return (
    <section aria-labelledby="laporan-reses" className="space-y-3">
      <h2 id="laporan-reses" className="text-lg font-bold">
        Laporan hasil reses
      </h2>
      {blockedBy ? (
        <Alert tone="warning" title="Anda belum dapat melaksanakan reses berikutnya">
          Laporan hasil {blockedBy.label} belum diserahkan. Susun dan serahkan laporan itu kepada Pimpinan DPRD terlebih
          dahulu.
        </Alert>
      ) : null}
      {periods.length === 0 ? (
        <p className="text-sm">Sekretariat belum mencatat periode reses.</p>
      ) : (
        <ul className="divide-y rounded-lg border bg-white">
          {periods.map((p) => (
            <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
              <div>
                <p className="font-semibold">{p.label}</p>
                <p className="text-sm text-slate-700">
                  {p.schedule
                    ? `Jadwal Anda: ${formatDate(p.schedule.from)} s.d. ${formatDate(p.schedule.to)}`
                    : `Periode: ${formatDate(p.startsOn)} s.d. ${formatDate(p.endsOn)}`}
                </p>
              </div>
              <div className="flex items-center gap-3">
                <ReportStatusBadge status={p.status} />
                {p.reportId ? (
                  <Link href={`/portal/reses/laporan/${p.reportId}`}>Buka laporan {p.label}</Link>
                ) : (
                  <ActionForm action={draftAction(p.id)} label={`Susun laporan ${p.label}`} variant="secondary" />
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
