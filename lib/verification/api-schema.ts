import { z } from "zod";
import { verifiedLetterSchema } from "@/lib/letters/api-schema";
import { verifiedMinutesSchema } from "@/lib/minutes/api-schema";

/** One signature found in an uploaded PDF. */
export const uploadedSignatureSchema = z.strictObject({
  index: z.int().min(1).meta({ description: "Urutan tanda tangan dalam berkas" }),
  signerName: z.string().nullable().meta({ description: "Nama pada sertifikat; null bila surat rahasia bagi pembaca" }),
  valid: z.boolean().meta({ description: "Tanda tangan sah secara kriptografis" }),
  reason: z.string().optional().meta({ description: "Alasan bila tidak sah" }),
  coversWholeDocument: z.boolean().meta({ description: "Mencakup seluruh berkas (tanpa tambahan sesudahnya)" }),
  // Trust comes only from a chain verified up to the organisation CA or an admin-trusted root.
  trusted: z.boolean().meta({ description: "Sertifikat berantai ke CA Si Dilan atau akar tepercaya" }),
  // Not trusted, but registered: an admin imported the certificate despite failed checks.
  override: z
    .boolean()
    .meta({ description: "Sertifikat diimpor admin dengan pengecualian (rantai tidak tervalidasi)" }),
});

/**
 * The one upload check for every PDF Si Dilan signs (lib/verification/upload.ts): /verifikasi, the
 * per-code verification pages and POST /api/v1/verifikasi all answer with this.
 */
export const verificationResultSchema = z.strictObject({
  verdict: z.enum(["asli", "tidak_cocok"]),
  label: z.enum(["Dokumen asli", "Tidak cocok"]),
  reasons: z.array(z.string()).meta({ description: "Alasan bila tidak cocok; kosong bila asli" }),
  sha256: z.string().meta({ description: "SHA-256 berkas yang diunggah" }),
  kind: z
    .enum(["risalah", "surat"])
    .nullable()
    .meta({ description: "Jenis dokumen tersimpan yang dibandingkan; null bila tidak ada" }),
  document: verifiedMinutesSchema
    .nullable()
    .meta({ description: "Risalah tersimpan yang cocok: judul, tanggal, versi, penanda tangan, berlaku/digantikan" }),
  letter: verifiedLetterSchema.nullable().meta({
    description:
      "Surat tersimpan yang cocok: kode, nomor, hal, penanda tangan, berlaku/digantikan; surat rahasia tanpa isi",
  }),
  signatures: z.array(uploadedSignatureSchema),
});
