import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/pokir/action-form";
import { ResesPeriodForm, ResesScheduleForm } from "@/components/reses/staff-forms";
import { ReportStatusBadge } from "@/components/reses/status-badge";
import { Card, EmptyState, PageHeader } from "@/components/ui/misc";
import { can } from "@/lib/auth/guard";
import { requirePageActor } from "@/lib/auth/page";
import { formatDate } from "@/lib/format";
import { acceptResesReportAction } from "@/lib/reses/actions";
import { listPeriods, periodLabel, periodOverview } from "@/lib/reses/service";

export const metadata: Metadata = { title: "E-Reses" };

export default async function StaffResesPage({ searchParams }: { searchParams: Promise<{ periode?: string }> }) {
  const actor = await requirePageActor("reses.reports.read");
  const periods = await listPeriods();
  const { periode } = await searchParams;
  const selected = periods.find((p) => String(p.id) === periode) ?? periods[0];
  const overview = selected ? await periodOverview(actor, selected.id) : null;
  const manage = can(actor, "reses.periods.manage");
  const missing = overview?.members.filter((m) => m.status === "belum" || m.status === "draf").length ?? 0;
  return (
    <div className="space-y-6">
      <PageHeader
        title="E-Reses"
        description="Periode reses per masa sidang, jadwal anggota, dan laporan hasil reses yang wajib diserahkan kepada Pimpinan DPRD."
      />
      {periods.length ? (
        <nav aria-label="Periode reses" className="flex flex-wrap gap-3">
          {periods.map((p) => (
            <Link
              key={p.id}
              href={`/sekretariat/reses?periode=${p.id}`}
              aria-current={p === selected ? "page" : undefined}
            >
              {periodLabel(p)}
            </Link>
          ))}
        </nav>
      ) : (
        <EmptyState title="Belum ada periode reses" />
      )}
      {overview ? (
        <section aria-labelledby="laporan" className="space-y-3">
          <h2 id="laporan" className="text-lg font-bold">
            {overview.period.label}: {formatDate(overview.period.startsOn)} s.d. {formatDate(overview.period.endsOn)}
          </h2>
          <p>
            {missing} dari {overview.members.length} anggota belum menyerahkan laporan. Anggota yang belum melapor tidak
            dapat melaksanakan reses berikutnya.
          </p>
          <ul className="divide-y rounded-lg border bg-white">
            {overview.members.map((m) => (
              <li key={m.memberId} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2">
                <span>
                  <span className="font-medium">{m.name}</span>
                  <span className="block text-sm text-slate-700">
                    {m.schedule
                      ? `${formatDate(m.schedule.from)} s.d. ${formatDate(m.schedule.to)}`
                      : "Belum dijadwalkan"}
                  </span>
                </span>
                <span className="flex items-center gap-3">
                  <ReportStatusBadge status={m.status} />
                  {m.reportId && m.hasPdf ? (
                    <a href={`/api/v1/reses/laporan/${m.reportId}/pdf`} className="underline">
                      PDF<span className="sr-only"> laporan {m.name}</span>
                    </a>
                  ) : null}
                  {m.reportId && m.status === "diserahkan" && can(actor, "reses.reports.accept") ? (
                    <ActionForm
                      action={acceptResesReportAction.bind(null, m.reportId)}
                      label={`Terima laporan ${m.name}`}
                      variant="secondary"
                    />
                  ) : null}
                </span>
              </li>
            ))}
          </ul>
          {manage ? (
            <Card className="space-y-2">
              <h3 className="font-semibold">Jadwal reses anggota</h3>
              <ResesScheduleForm
                periodId={overview.period.id}
                members={overview.members.map((m) => ({ id: m.memberId, name: m.name }))}
              />
            </Card>
          ) : null}
        </section>
      ) : null}
      {manage ? (
        <Card className="space-y-2">
          <h2 className="text-lg font-bold">Catat periode reses</h2>
          <ResesPeriodForm />
        </Card>
      ) : null}
    </div>
  );
}
