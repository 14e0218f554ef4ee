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

/** The recipient options that match a search (label or hint, case-insensitive), by group in display order, empty groups left out. */
export function groupRecipients(
  options: RecipientOption[],
  query: string,
): { group: RecipientGroup; items: RecipientOption[] }[] {
  const q = query.trim().toLowerCase();
  const visible = options.filter(
    (o) => !q || o.label.toLowerCase().includes(q) || (o.hint ?? "").toLowerCase().includes(q),
  );
  return (Object.keys(RECIPIENT_GROUP_LABELS) as RecipientGroup[])
    .map((group) => ({ group, items: visible.filter((o) => o.group === group) }))
    .filter((x) => x.items.length);
}
