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

/** "1,2 MB" / "85 KB". */
export function fileSize(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toLocaleString("id-ID", { maximumFractionDigits: 1 })} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
