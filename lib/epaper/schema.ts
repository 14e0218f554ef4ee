import { z } from "zod";
import type { LetterParty } from "@/lib/db/schema/epaper";
import { NATURES } from "@/lib/letters/constants";
import { optionalText, requiredText } from "@/lib/validation";
import { DELEGATION_MODES, EPAPER_STATUSES } from "./constants";

const EMAIL = /^[^\s@<>|;]+@[^\s@<>|;]+\.[^\s@<>|;]+$/;

/**
 * Addressees or tembusan typed one per line: "Nama penerima | alamat e-mail" (e-mail optional).
 * A person without e-mail gets a printed copy carrying the same QR code.
 */
export function partiesField(label: string, opts: { min: number }) {
  return z
    .string({ error: `${label} tidak valid.` })
    .optional()
    .nullable()
    .transform((v, ctx): LetterParty[] => {
      const lines = (v ?? "")
        .split(/\r?\n/)
        .map((l) => l.replace(/[\u0000-\u001F\u007F]/g, "").trim())
        .filter(Boolean);
      if (lines.length < opts.min) ctx.addIssue({ code: "custom", message: `${label} wajib diisi (satu per baris).` });
      if (lines.length > 50) ctx.addIssue({ code: "custom", message: `${label} maksimal 50 baris.` });
      return lines.slice(0, 50).map((line, i) => {
        const [rawName, rawEmail] = line.split("|").map((s) => s.trim());
        if (!rawName || rawName.length > 200)
          ctx.addIssue({ code: "custom", message: `${label} baris ${i + 1}: nama 1–200 karakter.` });
        if (rawEmail && !EMAIL.test(rawEmail))
          ctx.addIssue({
            code: "custom",
            message: `${label} baris ${i + 1}: alamat e-mail "${rawEmail.slice(0, 60)}" tidak valid.`,
          });
        return rawEmail ? { name: rawName, email: rawEmail.toLowerCase() } : { name: rawName };
      });
    });
}

/** Parties back to the textarea form. */
export function partiesText(parties: LetterParty[]): string {
  return parties.map((p) => (p.email ? `${p.name} | ${p.email}` : p.name)).join("\n");
}

export const draftFieldsSchema = z.object({
  nature: z.enum(NATURES, { error: "Pilih sifat surat." }),
  attachmentsNote: optionalText("Lampiran", 100),
  subject: requiredText("Hal", { max: 300 }),
  recipients: partiesField("Tujuan surat", { min: 1 }),
  copies: partiesField("Tembusan", { min: 0 }),
  body: requiredText("Isi surat", { min: 10, max: 20_000 }),
  classificationCode: requiredText("Kode klasifikasi", { max: 30 }),
  signerId: z.uuid({ error: "Pilih penanda tangan." }),
  signerPosition: requiredText("Jabatan penanda tangan", { max: 150 }),
});
export type DraftFields = z.output<typeof draftFieldsSchema>;

/** A new letter: fields left empty in the form take the template's defaults. */
export const createSchema = z.preprocess(
  (v) =>
    v && typeof v === "object" ? Object.fromEntries(Object.entries(v).filter(([, x]) => x !== "" && x != null)) : v,
  draftFieldsSchema.partial().extend({ templateCode: requiredText("Jenis surat", { max: 40 }) }),
);

/** Autosave: the revision the editor started from (stale saves are refused) plus the fields. */
export const autosaveSchema = draftFieldsSchema.extend({
  revision: z.coerce.number({ error: "Revisi tidak valid." }).int().min(0).max(1_000_000),
});

export const parafSchema = z.object({
  decision: z.enum(["setuju", "kembalikan"], { error: "Pilih paraf atau kembalikan." }),
  note: optionalText("Catatan", 2000),
});

export const signSchema = z.object({
  password: z
    .string({ error: "Kata sandi wajib diisi." })
    .min(1, "Kata sandi wajib diisi.")
    .max(200, "Kata sandi terlalu panjang."),
  otp: optionalText("Kode autentikator", 20),
});

export const delegationSchema = z
  .object({
    principalId: z.uuid({ error: "Pilih pejabat yang diwakili." }),
    delegateId: z.uuid({ error: "Pilih pejabat yang mewakili." }),
    mode: z.enum(DELEGATION_MODES, { error: "Pilih a.n. atau Plh." }),
    startsOn: z.iso.date({ error: "Tanggal mulai tidak valid." }),
    endsOn: z.iso.date({ error: "Tanggal selesai tidak valid." }),
    note: optionalText("Keterangan", 500),
  })
  .refine((v) => v.endsOn >= v.startsOn, {
    path: ["endsOn"],
    message: "Tanggal selesai tidak boleh sebelum tanggal mulai.",
  })
  .refine((v) => v.principalId !== v.delegateId, {
    path: ["delegateId"],
    message: "Pejabat tidak dapat mewakili dirinya sendiri.",
  });

export const correctionSchema = z.object({ reason: requiredText("Alasan koreksi", { min: 10, max: 1000 }) });

export const listQuerySchema = z.object({
  status: z.enum(EPAPER_STATUSES, { error: "Status tidak dikenal." }).optional(),
});

/** Removing one file from a draft: the file's id (the letter's id is bound to the action). */
export const removeFileSchema = z.object({ attachmentId: z.uuid({ error: "Lampiran tidak dikenal." }) });
