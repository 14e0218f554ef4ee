/** The SIPD completeness checklist: what was missing from the pokir SIPD rejected in January 2024. */
export interface ChecklistInput {
  address?: string | null;
  rt?: string | null;
  kelurahanId?: number | null;
  volume?: number | null;
  unit?: string | null;
  photoCount: number;
}

export interface ChecklistItem {
  key: "alamat" | "foto" | "volume";
  label: string;
  ok: boolean;
}

/** Each checklist item with whether it is met (pure; used by the form and the server). */
export function completenessChecklist(p: ChecklistInput): ChecklistItem[] {
  return [
    {
      key: "alamat",
      label: "Alamat lengkap (jalan/gang, RT, kelurahan)",
      ok: Boolean(p.address && p.address.trim().length >= 5 && p.rt && p.rt.trim() && p.kelurahanId),
    },
    { key: "foto", label: "Minimal satu foto lokasi", ok: p.photoCount >= 1 },
    {
      key: "volume",
      label: "Volume dengan satuan (mis. 200 meter)",
      ok: Boolean(p.volume && p.volume > 0 && p.unit && p.unit.trim()),
    },
  ];
}

/** Whether every checklist item is met. */
export function isComplete(p: ChecklistInput): boolean {
  return completenessChecklist(p).every((i) => i.ok);
}
