import { Badge } from "@/components/ui/misc";
import type { SlaState } from "@/lib/calendar/working-days";

/** "Verifikasi: 2 hari kerja lagi" / "jatuh tempo" / "terlambat". */
export function SlaBadge({ sla }: { sla: SlaState & { label: string } }) {
  if (sla.state === "overdue")
    return (
      <Badge tone="red">
        {sla.label}: terlambat {Math.abs(sla.daysLeft)} hari kerja
      </Badge>
    );
  if (sla.state === "due")
    return (
      <Badge tone="amber">
        {sla.label}: {sla.daysLeft <= 0 ? "jatuh tempo hari ini" : "sisa 1 hari kerja"}
      </Badge>
    );
  return (
    <Badge tone="green">
      {sla.label}: sisa {sla.daysLeft} hari kerja
    </Badge>
  );
}
