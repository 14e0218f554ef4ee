import type { Metadata } from "next";
import { PeriodForm, PeriodSteps } from "@/components/pokir/period-forms";
import { PokirSubnav } from "@/components/pokir/subnav";
import { Card, PageHeader } from "@/components/ui/misc";
import { can } from "@/lib/auth/guard";
import { requirePageActor } from "@/lib/auth/page";
import { formatDate, formatDateTime } from "@/lib/format";
import { isOpen, listPeriods } from "@/lib/pokir/periods";

export const metadata: Metadata = { title: "Periode Pokir" };

export default async function PeriodsPage() {
  const actor = await requirePageActor("pokir.verify");
  const periods = await listPeriods();
  const now = new Date();
  return (
    <div className="space-y-6">
      <PageHeader
        title="Periode pokir dan finalisasi"
        description="Pengajuan ditutup paling lambat 7 hari sebelum Musrenbang RKPD. Finalisasi membekukan daftar pokir anggota."
      />
      <PokirSubnav admin={actor.role === "admin"} />
      {periods.map((p) => (
        <Card key={p.id} className="space-y-2">
          <h2 className="text-lg font-bold">{p.name}</h2>
          <p className="text-sm">
            Dibuka {formatDateTime(p.opensAt)} · ditutup {formatDateTime(p.closesAt)} · Musrenbang{" "}
            {formatDate(p.musrenbangOn)}
          </p>
          <p className="text-sm font-semibold">
            {p.sipdEnteredAt
              ? "Sudah diinput ke SIPD"
              : p.finalizedAt
                ? `Difinalisasi ${formatDateTime(p.finalizedAt)}`
                : isOpen(p, now)
                  ? "Sedang dibuka"
                  : p.closesAt <= now
                    ? "Ditutup, belum difinalisasi"
                    : "Belum dibuka"}
          </p>
          {can(actor, "pokir.finalize") ? (
            <PeriodSteps
              id={p.id}
              finalized={Boolean(p.finalizedAt)}
              sipd={Boolean(p.sipdEnteredAt)}
              closed={p.closesAt <= now}
            />
          ) : null}
        </Card>
      ))}
      {can(actor, "pokir.periods.manage") ? (
        <Card>
          <h2 className="mb-4 text-lg font-bold">Periode baru</h2>
          <PeriodForm />
        </Card>
      ) : null}
    </div>
  );
}
