import { Badge } from "@/components/ui/misc";
import { STATUS_LABELS, STATUS_TONES, type AspirationStatus } from "@/lib/aspirations/constants";

export function StatusBadge({ status }: { status: AspirationStatus }) {
  return <Badge tone={STATUS_TONES[status]}>{STATUS_LABELS[status]}</Badge>;
}
