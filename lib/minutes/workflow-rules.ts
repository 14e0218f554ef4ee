import { addWorkingDays } from "@/lib/calendar/working-days";

/** Minutes workflow: draf → ditinjau → final (locked) → ditandatangani (both signatures) → terbit. */
export const MINUTES_STATUSES = ["draf", "ditinjau", "final", "ditandatangani", "terbit"] as const;
export type MinutesStatus = (typeof MINUTES_STATUSES)[number];

export const MINUTES_STATUS_LABELS: Record<MinutesStatus, string> = {
  draf: "Draf",
  ditinjau: "Ditinjau ketua",
  final: "Final (terkunci)",
  ditandatangani: "Ditandatangani",
  terbit: "Terbit",
};

export type WorkflowAction = "ajukan" | "kembalikan" | "setujui" | "tandatangani" | "terbitkan" | "koreksi";

/** What the guards need to know about the actor and the minutes. */
export interface WorkflowContext {
  status: MinutesStatus;
  /** The actor is the meeting's chair (a member). */
  isChair: boolean;
  /** The actor is the meeting's secretary (a staff user). */
  isSecretary: boolean;
  /** The actor is secretariat staff or admin (note-takers, publishers). */
  isOffice: boolean;
  nature: "terbuka" | "tertutup";
  chairSigned: boolean;
  secretarySigned: boolean;
}

export type Guard = { ok: true; signAs?: "ketua" | "sekretaris"; next?: MinutesStatus } | { ok: false; reason: string };

const no = (reason: string): Guard => ({ ok: false, reason });

/**
 * Whether an action is allowed now, by whom, and the resulting status. Pure: the service calls it
 * inside its transaction with the locked row, the UI calls it to show only the allowed buttons.
 */
export function guard(action: WorkflowAction, c: WorkflowContext): Guard {
  switch (action) {
    case "ajukan":
      if (!c.isOffice) return no("Hanya staf Sekretariat yang dapat mengajukan draf untuk ditinjau.");
      if (c.status !== "draf") return no("Hanya draf yang dapat diajukan untuk ditinjau.");
      return { ok: true, next: "ditinjau" };
    case "kembalikan":
    case "setujui":
      if (!c.isChair) return no("Hanya ketua rapat yang dapat meninjau risalah ini.");
      if (c.status !== "ditinjau") return no("Risalah tidak sedang menunggu tinjauan ketua.");
      return { ok: true, next: action === "setujui" ? "final" : "draf" };
    case "tandatangani":
      if (c.status !== "final") {
        return no(
          c.status === "draf" || c.status === "ditinjau"
            ? "Risalah harus final sebelum ditandatangani."
            : "Risalah ini sudah ditandatangani lengkap.",
        );
      }
      if (c.isChair && !c.chairSigned) return { ok: true, signAs: "ketua" };
      if (c.isSecretary && !c.chairSigned)
        return no("Ketua rapat harus menandatangani lebih dahulu, baru sekretaris rapat.");
      if (c.isSecretary && !c.secretarySigned) return { ok: true, signAs: "sekretaris", next: "ditandatangani" };
      if ((c.isChair && c.chairSigned) || (c.isSecretary && c.secretarySigned))
        return no("Anda sudah menandatangani risalah ini.");
      return no("Hanya ketua rapat dan sekretaris rapat yang dapat menandatangani risalah ini.");
    case "terbitkan":
      if (!c.isOffice) return no("Hanya staf Sekretariat yang dapat menerbitkan risalah.");
      if (c.status !== "ditandatangani")
        return no("Hanya risalah yang sudah ditandatangani lengkap yang dapat diterbitkan.");
      if (c.nature !== "terbuka") return no("Risalah rapat tertutup tidak diterbitkan untuk publik.");
      return { ok: true, next: "terbit" };
    case "koreksi":
      if (!c.isOffice) return no("Hanya staf Sekretariat yang dapat membuka koreksi risalah.");
      if (c.status !== "ditandatangani" && c.status !== "terbit")
        return no("Koreksi versi baru hanya untuk risalah yang sudah ditandatangani.");
      return { ok: true, next: "draf" };
  }
}

/** The draft content may be edited only while the status is draf. */
export function editGuard(status: MinutesStatus): Guard {
  if (status === "draf") return { ok: true };
  if (status === "ditinjau")
    return no(
      "Draf sedang ditinjau ketua rapat dan tidak dapat diubah. Minta ketua mengembalikannya bila perlu perbaikan.",
    );
  return no("Risalah sudah final dan terkunci; perubahan hanya melalui koreksi versi baru setelah ditandatangani.");
}

export interface CorrectionWindow {
  state: "belum_dibuka" | "terbuka" | "ditutup";
  closesAt: Date | null;
}

export type CorrectionDayKind = "kerja" | "kalender";

/**
 * When the members' correction window closes, for a draft circulated at `openedAt`:
 * - "kerja" (default): at the end (24:00 WITA) of the `days`-th working day after the circulation
 *   date, with the SLA calendar (weekends and the holidays table skipped);
 * - "kalender": `days` 24-hour periods after circulation.
 */
export function correctionDeadline(
  openedAt: Date,
  days: number,
  kind: CorrectionDayKind,
  holidays: ReadonlySet<string>,
): Date {
  if (kind === "kalender") return new Date(openedAt.getTime() + days * 24 * 3600_000);
  const lastDay = addWorkingDays(openedAt, days, holidays);
  return new Date(new Date(`${lastDay}T00:00:00+08:00`).getTime() + 24 * 3600_000);
}

/**
 * The window in which members may propose corrections: it opens when the draft is sent for review
 * and closes at the deadline stored then (see correctionDeadline); the closing instant is excluded.
 */
export function correctionWindow(openedAt: Date | null, closesAt: Date | null, now: Date): CorrectionWindow {
  if (!openedAt || !closesAt) return { state: "belum_dibuka", closesAt: null };
  return { state: now.getTime() < closesAt.getTime() ? "terbuka" : "ditutup", closesAt };
}

/** Members may propose corrections while the draft is under review (or returned) and the window is open. */
export function correctionGuard(status: MinutesStatus, window: CorrectionWindow, inBody: boolean): Guard {
  if (!inBody) return no("Hanya anggota badan rapat ini yang dapat mengusulkan koreksi.");
  if (status !== "draf" && status !== "ditinjau")
    return no("Risalah sudah final; usulan koreksi tidak dapat diajukan lagi.");
  if (window.state === "belum_dibuka") return no("Draf risalah belum diedarkan untuk dikoreksi.");
  if (window.state === "ditutup") return no("Masa koreksi draf risalah sudah berakhir.");
  return { ok: true };
}

/** Members who attended may confirm the circulated draft (no correction from them) while the window is open. */
export function confirmationGuard(status: MinutesStatus, window: CorrectionWindow, attended: boolean): Guard {
  if (!attended) return no("Hanya anggota yang hadir dalam rapat ini yang dapat mengonfirmasi draf risalah.");
  if (status !== "draf" && status !== "ditinjau") return no("Risalah sudah final; konfirmasi tidak diperlukan lagi.");
  if (window.state === "belum_dibuka") return no("Draf risalah belum diedarkan untuk dikoreksi.");
  if (window.state === "ditutup") return no("Masa koreksi draf risalah sudah berakhir.");
  return { ok: true };
}

export interface ConfirmationProgress {
  /** Members present at the meeting (status hadir), the chair excepted: the chair's approval is their confirmation. */
  expected: number;
  /** Of those, how many confirmed the current revision of the draft. */
  confirmed: number;
  /** Every attendee confirmed the current revision (never true for a meeting without attendees to ask). */
  all: boolean;
}

/**
 * How far the attendees' confirmations of the current draft have come. Finalising before the
 * correction window ends needs `all`, or a recorded reason.
 */
export function confirmationProgress(
  attendance: readonly { userId: string; status: string | null }[],
  confirmations: readonly { userId: string; revision: number }[],
  revision: number,
  chairId: string,
): ConfirmationProgress {
  const current = new Set(confirmations.filter((c) => c.revision === revision).map((c) => c.userId));
  const expected = attendance.filter((a) => a.status === "hadir" && a.userId !== chairId);
  const confirmed = expected.filter((a) => current.has(a.userId)).length;
  return { expected: expected.length, confirmed, all: expected.length > 0 && confirmed === expected.length };
}
