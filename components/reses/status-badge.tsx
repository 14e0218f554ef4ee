import { Badge } from "@/components/ui/misc";
import { RESES_REPORT_STATUS_LABELS, type ResesReportStatus } from "@/lib/reses/constants";

const TONES = { belum: "red", draf: "amber", diserahkan: "blue", diterima: "green" } as const;

/** The status of a reses report, with "belum" for a missing one. */
export function ReportStatusBadge({ status }: { status: ResesReportStatus | "belum" }) {
  return <Badge tone={TONES[status]}>{RESES_REPORT_STATUS_LABELS[status]}</Badge>;
}
