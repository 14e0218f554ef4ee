/**
 * Letter numbers (Permendagri 1/2023 tata naskah dinas): a configurable template of parts, e.g. the
 * default `{klasifikasi}/{nomor}/DPRD/{tahun}` → `000.1.5/0123/DPRD/2026`. Pure functions only.
 */

/** Every part a template may use, with its Indonesian description for the settings page. */
export const NUMBER_PARTS = {
  klasifikasi: "kode klasifikasi arsip, mis. 000.1.5",
  nomor: "nomor urut (wajib), diisi nol di depan sesuai lebar",
  unit: "kode unit pengolah, mis. DPRD atau SET-DPRD",
  tahun: "tahun empat angka, mis. 2026",
  bulan: "bulan dua angka, mis. 03",
  bulan_romawi: "bulan angka Romawi, mis. III",
} as const;

export type NumberPart = keyof typeof NUMBER_PARTS;

export const DEFAULT_OUTGOING_FORMAT = "{klasifikasi}/{nomor}/DPRD/{tahun}";
export const MAX_FORMAT_LENGTH = 100;
export const MIN_WIDTH = 1;
export const MAX_WIDTH = 8;

const PLACEHOLDER = /\{([^{}]*)\}/g;
const LITERAL_OK = /^[A-Za-z0-9./\-_ ]*$/;
const UNIT_OK = /^[A-Za-z0-9.\-_]{1,30}$/;
const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

/** Month 1–12 as a Roman numeral (the usual form in Indonesian letter numbers). */
export function romanMonth(month: number): string {
  const r = ROMAN[month - 1];
  if (!r) throw new RangeError(`bulan tidak valid: ${month}`);
  return r;
}

/** The placeholders a template uses, in order. */
export function templateParts(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]);
}

/** Whether the number needs a classification code (the template uses {klasifikasi}). */
export function formatUsesClassification(template: string): boolean {
  return templateParts(template).includes("klasifikasi");
}

/** Problems with a template, in Indonesian; empty when it is usable. */
export function validateNumberFormat(template: string): string[] {
  const problems: string[] = [];
  if (!template.trim()) return ["Format nomor wajib diisi."];
  if (template.length > MAX_FORMAT_LENGTH) problems.push(`Format nomor maksimal ${MAX_FORMAT_LENGTH} karakter.`);
  const parts = templateParts(template);
  const unknown = parts.filter((p) => !(p in NUMBER_PARTS));
  if (unknown.length)
    problems.push(
      `Bagian tidak dikenal: ${unknown.map((u) => `{${u}}`).join(", ")}. Pilihan: ${Object.keys(NUMBER_PARTS)
        .map((k) => `{${k}}`)
        .join(", ")}.`,
    );
  const nomor = parts.filter((p) => p === "nomor").length;
  if (nomor !== 1) problems.push("Format nomor harus memuat {nomor} tepat satu kali.");
  const literal = template.replace(PLACEHOLDER, "");
  if (/[{}]/.test(literal)) problems.push("Kurung kurawal tidak berpasangan.");
  else if (!LITERAL_OK.test(literal))
    problems.push(
      "Teks tetap hanya boleh berisi huruf, angka, titik, garis miring, tanda hubung, garis bawah, dan spasi.",
    );
  return problems;
}

/** Problems with a unit code, in Indonesian. */
export function validateUnitCode(unit: string): string[] {
  return UNIT_OK.test(unit) ? [] : ["Kode unit 1–30 karakter: huruf, angka, titik, tanda hubung, atau garis bawah."];
}

export interface NumberInput {
  /** The running number (1, 2, ...). */
  seq: number;
  /** Minimum digits of the running number; shorter numbers get leading zeros. */
  width: number;
  unitCode: string;
  /** Archive classification code; required when the template uses {klasifikasi}. */
  classification?: string | null;
  /** The letter's date, YYYY-MM-DD (year and month parts come from it). */
  date: string;
}

/** Build a letter number from a validated template. Throws when a needed value is missing. */
export function formatLetterNumber(template: string, input: NumberInput): string {
  if (!Number.isInteger(input.seq) || input.seq < 1) throw new RangeError("nomor urut harus bilangan bulat positif");
  const m = /^(\d{4})-(\d{2})-\d{2}$/.exec(input.date);
  if (!m) throw new RangeError("tanggal harus berformat YYYY-MM-DD");
  const width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.floor(input.width)));
  const values: Record<NumberPart, () => string> = {
    klasifikasi: () => {
      if (!input.classification)
        throw new RangeError("format nomor memakai {klasifikasi}, tetapi kode klasifikasi kosong");
      return input.classification;
    },
    nomor: () => String(input.seq).padStart(width, "0"),
    unit: () => input.unitCode,
    tahun: () => m[1],
    bulan: () => m[2],
    bulan_romawi: () => romanMonth(Number(m[2])),
  };
  return template.replace(PLACEHOLDER, (_all, name: string) => {
    const fn = values[name as NumberPart];
    if (!fn) throw new RangeError(`bagian format tidak dikenal: {${name}}`);
    return fn();
  });
}
