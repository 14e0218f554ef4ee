import type { PublicResesReport } from "@/lib/reses/public";
import { ReportBody } from "./report-body";

/** The public versions of a member's reses reports (no personal data of citizens). */
export function PublicResesReports({ reports }: { reports: PublicResesReport[] }) {
  if (!reports.length) return <p className="text-sm text-slate-700">Belum ada laporan hasil reses yang diserahkan.</p>;
  return (
    <div className="space-y-3">
      <h3 className="font-semibold">Laporan hasil reses</h3>
      {reports.map((r) => (
        <details key={r.id} className="rounded-lg border border-slate-200 bg-white p-3">
          <summary className="cursor-pointer font-medium">
            Laporan Hasil {r.periodLabel} ({r.status === "diterima" ? "diterima pimpinan" : "diserahkan"})
          </summary>
          <div className="mt-2 space-y-2">
            <ReportBody c={r} headingLevel={4} />
            <h4 className="font-semibold">Ringkasan</h4>
            <p className="text-sm whitespace-pre-line">{r.summary}</p>
            {r.followUp ? (
              <>
                <h4 className="font-semibold">Tindak lanjut</h4>
                <p className="text-sm whitespace-pre-line">{r.followUp}</p>
              </>
            ) : null}
          </div>
        </details>
      ))}
    </div>
  );
}
