/** Labels and value lists of the letter registers (safe for client components). */

export const NATURES = ["biasa", "penting", "segera", "rahasia"] as const;
export type Nature = (typeof NATURES)[number];
export const NATURE_LABELS: Record<Nature, string> = {
  biasa: "Biasa",
  penting: "Penting",
  segera: "Segera",
  rahasia: "Rahasia",
};

export const INCOMING_STATUSES = ["diterima", "didisposisikan", "ditindaklanjuti", "selesai", "diarsipkan"] as const;
export type IncomingStatus = (typeof INCOMING_STATUSES)[number];
export const INCOMING_STATUS_LABELS: Record<IncomingStatus, string> = {
  diterima: "Diterima",
  didisposisikan: "Didisposisikan",
  ditindaklanjuti: "Ditindaklanjuti",
  selesai: "Selesai",
  diarsipkan: "Diarsipkan",
};

export const OUTGOING_STATUSES = ["draf", "terbit", "dibatalkan"] as const;
export type OutgoingStatus = (typeof OUTGOING_STATUSES)[number];
export const OUTGOING_STATUS_LABELS: Record<OutgoingStatus, string> = {
  draf: "Draf",
  terbit: "Nomor terbit",
  dibatalkan: "Dibatalkan",
};

export const NUMBER_STATUS_LABELS = {
  dipakai: "Dipakai surat",
  dicadangkan: "Dicadangkan",
  dibatalkan: "Cadangan dibatalkan",
} as const;

/** Disposition instructions, in the order of the usual lembar disposisi. */
export const INSTRUCTIONS = [
  "tindak_lanjuti",
  "pelajari",
  "siapkan_jawaban",
  "hadiri_wakili",
  "koordinasikan",
  "untuk_diketahui",
  "arsipkan",
] as const;
export type Instruction = (typeof INSTRUCTIONS)[number];
export const INSTRUCTION_LABELS: Record<Instruction, string> = {
  tindak_lanjuti: "Tindak lanjuti",
  pelajari: "Pelajari",
  siapkan_jawaban: "Siapkan jawaban",
  hadiri_wakili: "Hadiri / wakili",
  koordinasikan: "Koordinasikan",
  untuk_diketahui: "Untuk diketahui",
  arsipkan: "Arsipkan",
};

export const DISPOSISI_STATUSES = ["dikirim", "diterima", "ditindaklanjuti", "selesai"] as const;
export type DisposisiStatus = (typeof DISPOSISI_STATUSES)[number];
export const DISPOSISI_STATUS_LABELS: Record<DisposisiStatus, string> = {
  dikirim: "Belum diterima",
  diterima: "Diterima",
  ditindaklanjuti: "Ditindaklanjuti",
  selesai: "Selesai",
};

export const RETENTION_DECISIONS = ["pindah_inaktif", "usul_musnah", "permanen", "tinjau_ulang"] as const;
export type RetentionDecision = (typeof RETENTION_DECISIONS)[number];
export const RETENTION_DECISION_LABELS: Record<RetentionDecision, string> = {
  pindah_inaktif: "Pindahkan ke arsip inaktif",
  usul_musnah: "Usulkan pemusnahan",
  permanen: "Simpan permanen",
  tinjau_ulang: "Tinjau ulang nanti",
};

/** Usual addressees of incoming letters (free text is allowed too). */
export const ADDRESSEE_SUGGESTIONS = [
  "Ketua DPRD",
  "Wakil Ketua DPRD",
  "Sekretaris DPRD",
  "Kepala Bagian Umum",
  "Kepala Bagian Persidangan dan Perundang-undangan",
  "Kepala Bagian Keuangan",
];

/** Working days given by default to a disposition recipient. */
export const DEFAULT_DUE_WORKING_DAYS = 3;
