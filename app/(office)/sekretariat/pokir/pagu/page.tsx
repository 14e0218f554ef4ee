import type { Metadata } from "next";
import { Cell, DataTable, Row } from "@/components/ui/table";
import { PaguForm } from "@/components/pokir/pagu-form";
import { PokirSubnav } from "@/components/pokir/subnav";
import { EmptyState, PageHeader } from "@/components/ui/misc";
import { can } from "@/lib/auth/guard";
import { requirePageActor } from "@/lib/auth/page";
import { formatRupiah } from "@/lib/format";
import { memberTotals } from "@/lib/pokir/member-list";
import { listPeriods } from "@/lib/pokir/periods";

export const metadata: Metadata = { title: "Pagu Pokir Anggota" };

export default async function PaguPage({ searchParams }: { searchParams: Promise<{ periode?: string }> }) {
  const actor = await requirePageActor("pokir.verify");
  const periods = await listPeriods();
  const sp = await searchParams;
  const period = periods.find((p) => p.id === Number(sp.periode)) ?? periods[0];
  if (!period) return <EmptyState title="Belum ada periode pokir" />;
  const rows = await memberTotals(actor, period.id);
  const editable = can(actor, "pokir.finalize") && !period.finalizedAt;
  return (
    <div>
      <PageHeader title={`Pagu dan rekap anggota — ${period.name}`} />
      <PokirSubnav admin={actor.role === "admin"} />
      <DataTable
        label="Pokir per anggota"
        caption="Pokir per anggota"
        columns={[
          "Anggota",
          "Dapil",
          { label: "Pokir", align: "right" },
          { label: "Total perkiraan", align: "right" },
          "Pagu",
        ]}
      >
        {rows.map((r) => (
          <Row key={r.memberId}>
            <Cell>{r.name}</Cell>
            <Cell>{r.dapil}</Cell>
            <Cell align="right">{r.count}</Cell>
            <Cell align="right" className={r.pagu !== null && r.total > r.pagu ? "font-semibold text-red-700" : ""}>
              {formatRupiah(r.total)}
            </Cell>
            <Cell>
              {editable ? (
                <PaguForm periodId={period.id} memberId={r.memberId} name={r.name} amount={r.pagu} />
              ) : (
                formatRupiah(r.pagu)
              )}
            </Cell>
          </Row>
        ))}
      </DataTable>
    </div>
  );
}
