/** Value lists and labels of E-Paper (safe for client components). */

export const EPAPER_STATUSES = ["draf", "paraf", "menunggu_tte", "ditandatangani", "dibatalkan"] as const;
export type EpaperStatus = (typeof EPAPER_STATUSES)[number];
export const EPAPER_STATUS_LABELS: Record<EpaperStatus, string> = {
  draf: "Draf",
  paraf: "Menunggu paraf",
  menunggu_tte: "Menunggu tanda tangan",
  ditandatangani: "Ditandatangani",
  dibatalkan: "Dibatalkan",
};

export const PARAF_STATUSES = ["menunggu", "disetujui", "dikembalikan"] as const;
export type ParafStatus = (typeof PARAF_STATUSES)[number];

/** a.n. (atas nama: on behalf of the principal) or Plh. (pelaksana harian: acting while away). */
export const DELEGATION_MODES = ["an", "plh"] as const;
export type DelegationMode = (typeof DELEGATION_MODES)[number];
export const DELEGATION_LABELS: Record<DelegationMode, string> = { an: "a.n.", plh: "Plh." };

export const DELIVERY_KINDS = ["tujuan", "tembusan"] as const;
export const DELIVERY_CHANNELS = ["email", "cetak"] as const;

/** Verification codes of signed letters: `SRT-XXXX-XXXX` (minutes use `RSL-`). */
export const LETTER_CODE_PREFIX = "SRT";
