/** Recipient kinds of the disposition picker (client-safe: no database imports). */
export type RecipientGroup = "pimpinan" | "komisi" | "unit" | "staf" | "anggota";

export const RECIPIENT_GROUP_LABELS: Record<RecipientGroup, string> = {
  pimpinan: "Pimpinan DPRD",
  komisi: "Komisi",
  unit: "Unit kerja Sekretariat",
  staf: "Staf Sekretariat",
  anggota: "Anggota DPRD",
};

/** One choice in the recipient picker. Keys: `user:<id>`, `unit:<name>`, `komisi:<id>`. */
export interface RecipientOption {
  key: string;
  label: string;
  group: RecipientGroup;
  hint?: string;
}
