import type { Metadata } from "next";
import { PaguForm } from "@/components/pokir/pagu-form";
import { PokirSubnav } from "@/components/pokir/subnav";
import { EmptyState, PageHeader } from "@/components/ui/misc";
import { can } from "@/lib/auth/guard";
import { requirePageActor } from "@/lib/auth/page";
import { db } from "@/lib/db";
import { formatRupiah } from "@/lib/format";
import { memberTotals } from "@/lib/pokir/member-list";
import { listPeriods } from "@/lib/pokir/periods";

export const metadata: Metadata = { title: "Pagu Pokir Anggota" };

export default async function PaguPage({ searchParams }: { searchParams: Promise<{ periode?: string }> }) {
  const actor = await requirePageActor("pokir.verify");
  const periods = await listPeriods(db);
  const sp = await searchParams;
  const period = periods.find((p) => p.id === Number(sp.periode)) ?? periods[0];
  if (!period) return <EmptyState title="Belum ada periode pokir" />;
  const rows = await memberTotals(db, actor, period.id);
  const editable = can(actor, "pokir.finalize") && !period.finalizedAt;
  return (
    <div>
      <PageHeader title={`Pagu dan rekap anggota — ${period.name}`} />
      <PokirSubnav admin={actor.role === "admin"} />
      <table className="w-full border-collapse bg-white text-sm">
        <caption className="sr-only">Pokir per anggota</caption>
        <thead>
          <tr className="border-b text-left">
            <th className="p-2">Anggota</th>
            <th className="p-2">Dapil</th>
            <th className="p-2 text-right">Pokir</th>
            <th className="p-2 text-right">Total perkiraan</th>
            <th className="p-2">Pagu</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.memberId} className="border-b">
              <td className="p-2">{r.name}</td>
              <td className="p-2">{r.dapil}</td>
              <td className="p-2 text-right">{r.count}</td>
              <td className={`p-2 text-right ${r.pagu !== null && r.total > r.pagu ? "font-semibold text-red-700" : ""}`}>{formatRupiah(r.total)}</td>
              <td className="p-2">{editable ? <PaguForm periodId={period.id} memberId={r.memberId} name={r.name} amount={r.pagu} /> : formatRupiah(r.pagu)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
