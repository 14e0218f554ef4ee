import type { MinutesStatus } from "@/lib/minutes/workflow-rules";

export { MINUTES_STATUS_LABELS } from "@/lib/minutes/workflow-rules";

/** Badge tone per minutes status. */
export const STATUS_TONE: Record<MinutesStatus, "slate" | "amber" | "blue" | "green"> = {
  draf: "slate",
  ditinjau: "amber",
  final: "blue",
  ditandatangani: "green",
  terbit: "green",
};
