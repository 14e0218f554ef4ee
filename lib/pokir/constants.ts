import { MAX_FILES } from "@/lib/attachments/limits";
/** Pokir statuses in flow order (Permendagri 86/2017 and the SIPD steps), with their Indonesian labels. */
export const POKIR_STATUSES = [
  "diajukan",
  "diverifikasi",
  "dikembalikan",
  "ditolak",
  "diadopsi",
  "difinalisasi",
  "diinput_sipd",
  "diakomodir",
  "tidak_diakomodir",
  "digabung",
] as const;
export type PokirStatus = (typeof POKIR_STATUSES)[number];

export const POKIR_STATUS_LABELS: Record<PokirStatus, string> = {
  diajukan: "Diajukan",
  diverifikasi: "Diverifikasi",
  dikembalikan: "Dikembalikan untuk diperbaiki",
  ditolak: "Ditolak",
  diadopsi: "Diadopsi anggota DPRD",
  difinalisasi: "Difinalisasi",
  diinput_sipd: "Diinput ke SIPD",
  diakomodir: "Diakomodir dalam RKPD/APBD",
  tidak_diakomodir: "Tidak diakomodir",
  digabung: "Digabung dengan usulan lain",
};

export const POKIR_SOURCES = ["citizen", "reses", "aspirasi"] as const;
export type PokirSource = (typeof POKIR_SOURCES)[number];
export const POKIR_SOURCE_LABELS: Record<PokirSource, string> = {
  citizen: "Usulan warga",
  reses: "Reses",
  aspirasi: "Aspirasi",
};

export const POKIR_PRIORITIES = ["tinggi", "sedang", "rendah"] as const;
export const POKIR_PRIORITY_LABELS = { tinggi: "Tinggi", sedang: "Sedang", rendah: "Rendah" } as const;

/** Allowed status changes (the finalisation steps run per period, the rest per item). */
export const POKIR_TRANSITIONS: Record<PokirStatus, readonly PokirStatus[]> = {
  diajukan: ["diverifikasi", "dikembalikan", "ditolak", "digabung"],
  dikembalikan: ["diajukan", "ditolak", "digabung"],
  diverifikasi: ["diadopsi", "dikembalikan", "ditolak", "digabung"],
  diadopsi: ["difinalisasi", "diverifikasi"],
  difinalisasi: ["diinput_sipd"],
  diinput_sipd: ["diakomodir", "tidak_diakomodir"],
  ditolak: [],
  diakomodir: [],
  tidak_diakomodir: [],
  digabung: [],
};

/** Whether a pokir may move from one status to another. */
export function canTransition(from: PokirStatus, to: PokirStatus): boolean {
  return POKIR_TRANSITIONS[from].includes(to);
}

/** Statuses a member of the dapil sees in the inbox and on the detail page: verified or later. */
export const MEMBER_VISIBLE_STATUSES: readonly PokirStatus[] = [
  "diverifikasi",
  "diadopsi",
  "difinalisasi",
  "diinput_sipd",
  "diakomodir",
  "tidak_diakomodir",
];

/** Statuses after which the item is in SIPD (never deleted, content frozen). */
export const SIPD_STATUSES: readonly PokirStatus[] = ["diinput_sipd", "diakomodir", "tidak_diakomodir"];

/** Minimum days between the close of submissions and the Musrenbang RKPD. */
export const MIN_DAYS_BEFORE_MUSRENBANG = 7;

/** Owner types of pokir files in the attachments table. */
export const POKIR_PHOTO_OWNER = "pokir";
export const RESES_PHOTO_OWNER = "reses";
export const MAX_PHOTOS = MAX_FILES;

/** How long a correction link stays valid. */
export const CORRECTION_LINK_DAYS = 14;
