import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/misc";
import { requirePageActor } from "@/lib/auth/page";
import { formatDate } from "@/lib/format";
import { listReses } from "@/lib/pokir/reses";
import { MyResesPeriods } from "@/components/reses/my-periods";
import { draftResesReportAction } from "@/lib/reses/actions";
import { myPeriods, unreportedPeriodBefore } from "@/lib/reses/service";

export const metadata: Metadata = { title: "Reses" };

export default async function ResesListPage() {
  const actor = await requirePageActor("reses.manage");
  const [items, periods, blockedBy] = await Promise.all([
    listReses(actor),
    myPeriods(actor),
    unreportedPeriodBefore(actor.id, new Date().toISOString().slice(0, 10)),
  ]);
  return (
    <div className="space-y-4">
      <PageHeader
        title="Reses"
        description="Catatan kunjungan reses Anda dan usulan pokir yang dihimpun darinya."
        actions={<ButtonLink href="/portal/reses/baru">Catat reses</ButtonLink>}
      />
      <MyResesPeriods
        periods={periods}
        blockedBy={blockedBy}
        draftAction={(id) => draftResesReportAction.bind(null, String(id))}
      />
      <h2 className="text-lg font-bold">Catatan kegiatan reses</h2>
      {items.length === 0 ? (
        <EmptyState title="Belum ada catatan reses" />
      ) : (
        <ul className="divide-y rounded-lg border bg-white">
          {items.map((r) => (
            <li key={r.id} className="flex justify-between px-4 py-3">
              <Link href={`/portal/reses/${r.id}`}>
                {formatDate(r.heldOn)} — {r.place}, Kel. {r.kelurahan}
              </Link>
              <span className="text-sm text-slate-700">
                {r.attendees} peserta · {r.pokirCount} usulan
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
