import { z } from "zod";
import { checkbox, idNumber, optionalIdNumber, requiredText } from "@/lib/validation";

export const komisiSchema = z.object({
  name: requiredText("Nama komisi", { min: 3, max: 60 }),
  field: requiredText("Bidang", { min: 3, max: 200 }),
  isActive: checkbox(),
});

export const fraksiSchema = z.object({
  name: requiredText("Nama fraksi", { min: 3, max: 120 }),
  seats: z.coerce
    .number({ error: "Jumlah kursi harus angka." })
    .int("Jumlah kursi harus bilangan bulat.")
    .min(0, "Jumlah kursi tidak boleh negatif.")
    .max(45, "Jumlah kursi paling banyak 45."),
  isActive: checkbox(),
});

export const dapilSchema = z.object({
  name: requiredText("Nama dapil", { min: 3, max: 60 }),
  seats: z.coerce
    .number({ error: "Jumlah kursi harus angka." })
    .int("Jumlah kursi harus bilangan bulat.")
    .min(1, "Dapil memiliki minimal 1 kursi.")
    .max(45, "Jumlah kursi paling banyak 45."),
  kecamatanIds: z
    .union([z.string(), z.array(z.string())], { error: "Pilih minimal satu kecamatan." })
    .transform((v) => (Array.isArray(v) ? v : [v]).map(Number))
    .pipe(z.array(z.number().int().positive("Kecamatan tidak valid.")).min(1, "Pilih minimal satu kecamatan.")),
});

export const kelurahanSchema = z.object({
  kecamatanId: idNumber("Kecamatan"),
  name: requiredText("Nama kelurahan", { min: 3, max: 80 }),
});

export const holidaySchema = z.object({
  date: z.iso.date({ error: "Tanggal tidak valid (format TTTT-BB-HH)." }),
  name: requiredText("Keterangan", { min: 3, max: 120 }),
});

export const renameSchema = z.object({
  name: requiredText("Nama", { min: 3, max: 80 }),
});

export const periodSchema = z
  .object({
    name: requiredText("Nama periode", { min: 4, max: 40 }),
    startsOn: z.iso.date({ error: "Tanggal mulai tidak valid (format TTTT-BB-HH)." }),
    endsOn: z.iso.date({ error: "Tanggal selesai tidak valid (format TTTT-BB-HH)." }),
    copyFromId: idNumber("Periode sumber"),
  })
  .refine((v) => v.endsOn > v.startsOn, { path: ["endsOn"], message: "Tanggal selesai harus sesudah tanggal mulai." });

/** An OPD (city agency) that receives pokir; the code is the short form used in exports. */
export const opdSchema = z.object({
  code: requiredText("Kode OPD", { min: 2, max: 20 }),
  name: requiredText("Nama OPD", { min: 3, max: 160 }),
  isActive: checkbox(),
});

/** A bidang/urusan with the OPD that usually handles it. */
export const bidangSchema = z.object({
  code: requiredText("Kode bidang", { min: 1, max: 20 }),
  name: requiredText("Nama bidang", { min: 3, max: 160 }),
  defaultOpdId: optionalIdNumber("OPD bawaan"),
  isActive: checkbox(),
});
