import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReportBody } from "@/components/reses/report-body";
import { ReportEditForms } from "@/components/reses/report-forms";
import { ReportStatusBadge } from "@/components/reses/status-badge";
import { Card, PageHeader } from "@/components/ui/misc";
import { requirePageActor } from "@/lib/auth/page";
import { isAppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { saveResesReportAction, submitResesReportAction } from "@/lib/reses/actions";
import { getReport } from "@/lib/reses/service";

export const metadata: Metadata = { title: "Laporan Hasil Reses" };

export default async function ResesReportPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("reses.manage");
  const { id } = await params;
  const r = await getReport(actor, id).catch((e) => {
    if (isAppError(e) && e.status === 404) notFound();
    throw e;
  });
  return (
    <div className="space-y-4">
      <PageHeader
        title={`Laporan Hasil ${r.periodLabel}`}
        description="Angka kegiatan disusun otomatis dari catatan reses Anda; lengkapi ringkasan dan tindak lanjutnya."
      />
      <p className="flex items-center gap-2">
        Status: <ReportStatusBadge status={r.status} />
        {r.submittedAt ? <span className="text-sm">diserahkan {formatDateTime(r.submittedAt)}</span> : null}
      </p>
      {r.hasPdf ? (
        <p>
          <a href={`/api/v1/reses/laporan/${r.id}/pdf`} className="font-semibold underline">
            PDF laporan bertanda tangan elektronik
          </a>
        </p>
      ) : null}
      <Card>
        <ReportBody c={r.content} />
      </Card>
      {r.status === "draf" ? (
        <ReportEditForms
          save={saveResesReportAction.bind(null, r.id)}
          submit={submitResesReportAction.bind(null, r.id)}
          summary={r.summary}
          followUp={r.followUp}
        />
      ) : (
        <Card className="space-y-2">
          <h2 className="font-semibold">Ringkasan</h2>
          <p className="whitespace-pre-line text-sm">{r.summary}</p>
          <h2 className="font-semibold">Tindak lanjut</h2>
          <p className="whitespace-pre-line text-sm">{r.followUp || "—"}</p>
        </Card>
      )}
      <Link href="/portal/reses">Kembali ke Reses</Link>
    </div>
  );
}
