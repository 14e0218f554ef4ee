import { Badge } from "@/components/ui/misc";
import { POKIR_STATUS_LABELS, type PokirStatus } from "@/lib/pokir/constants";

const TONES: Record<string, "slate" | "blue" | "green" | "amber" | "red"> = {
  diajukan: "slate",
  diverifikasi: "blue",
  dikembalikan: "amber",
  ditolak: "red",
  diadopsi: "green",
  difinalisasi: "green",
  diinput_sipd: "green",
  diakomodir: "green",
  tidak_diakomodir: "red",
  digabung: "slate",
};

/** A pokir (or aspiration) status as a coloured badge. */
export function PokirStatusBadge({ status }: { status: string }) {
  return (
    <Badge tone={TONES[status] ?? "slate"}>
      {POKIR_STATUS_LABELS[status as PokirStatus] ?? status.replace(/_/g, " ")}
    </Badge>
  );
}
