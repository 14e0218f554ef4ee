import type { PokirStatus } from "./constants";

const OPEN: readonly string[] = ["diajukan", "dikembalikan", "diverifikasi"];
const CLASSIFICATION_CLOSED: readonly string[] = [
  "diinput_sipd",
  "diakomodir",
  "tidak_diakomodir",
  "digabung",
  "ditolak",
];

/** Which Secretariat steps the detail page offers for a proposal (the services check each step again). */
export function staffPokirSteps(p: { status: PokirStatus | string; adopted: boolean; canFinalize: boolean }) {
  const open = OPEN.includes(p.status) && !p.adopted;
  return {
    verify: p.status === "diajukan",
    return: open && p.status !== "dikembalikan",
    reject: open,
    classify: !CLASSIFICATION_CLOSED.includes(p.status),
    merge: open,
    outcome: p.status === "diinput_sipd" && p.canFinalize,
  };
}
