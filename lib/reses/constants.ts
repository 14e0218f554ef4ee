/** Status of a Laporan Hasil Reses: the member drafts, submits to the pimpinan, staff accept. */
export const RESES_REPORT_STATUSES = ["draf", "diserahkan", "diterima"] as const;
export type ResesReportStatus = (typeof RESES_REPORT_STATUSES)[number];

export const RESES_REPORT_STATUS_LABELS: Record<ResesReportStatus | "belum", string> = {
  belum: "Belum dibuat",
  draf: "Draf",
  diserahkan: "Diserahkan",
  diterima: "Diterima",
};

/** The statuses that count as "reported" for the rule that blocks the next reses. */
export const REPORTED_STATUSES: readonly ResesReportStatus[] = ["diserahkan", "diterima"];

/** A city council's reses lasts at most 6 days (PP 12/2018 art. 88). */
export const MAX_RESES_DAYS = 6;

export const MASA_SIDANG_LABELS = ["I", "II", "III"] as const;
