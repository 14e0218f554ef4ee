import { z } from "zod";
import { apiTimestamp, pageOf } from "@/lib/openapi/zod";

// What the e-Risalah routes answer. Kept apart from ./schema (the input schemas, which client forms
// import) so the browser bundle does not carry them. Documented by lib/minutes/openapi.ts.

const code = z.string().meta({ description: "Kode verifikasi", examples: ["RSL-7KX9-Q2MD"] });

/** One published minutes document in the public list (GET /api/v1/risalah). */
export const publishedMinutesSchema = z.strictObject({
  id: z.uuid(),
  code,
  title: z.string().meta({ description: "Judul rapat" }),
  date: z.iso.date().meta({ description: "Tanggal rapat", examples: ["2026-11-09"] }),
  place: z.string().meta({ description: "Tempat rapat" }),
  meetingType: z.string().meta({ description: "Jenis rapat", examples: ["Rapat Paripurna"] }),
  documentVersion: z.int().min(1).meta({ description: "Versi dokumen (naik setiap koreksi)" }),
  pageCount: z.int().min(1),
  size: z.int().min(0).meta({ description: "Ukuran PDF dalam bita" }),
  publishedAt: apiTimestamp().nullable().meta({ description: "Waktu terbit" }),
  superseded: z.boolean().meta({ description: "Telah digantikan versi koreksi" }),
  pdfUrl: z.url().meta({ description: "Unduh PDF bertanda tangan" }),
  verifyUrl: z.url().meta({ description: "Halaman verifikasi keaslian" }),
});

/** A page of published minutes, newest meeting first (at most 50 a page). */
export const minutesListResponseSchema = pageOf(publishedMinutesSchema);

/**
 * A signed minutes document as /verifikasi/{code} and POST /api/v1/verifikasi report it
 * (documentInfo in ./public.ts); only versions the reader may see are listed.
 */
export const verifiedMinutesSchema = z.strictObject({
  id: z.uuid(),
  code,
  documentVersion: z.int().min(1),
  sha256: z.string().nullable().meta({ description: "SHA-256 PDF bertanda tangan yang tersimpan" }),
  size: z.int().min(0).meta({ description: "Ukuran PDF dalam bita" }),
  pageCount: z.int().min(1),
  completedAt: apiTimestamp().nullable().meta({ description: "Waktu tanda tangan terakhir" }),
  supersededAt: apiTimestamp().nullable(),
  publishedAt: apiTimestamp().nullable(),
  correctionReason: z.string().nullable().meta({ description: "Alasan koreksi (versi pengganti)" }),
  meetingId: z.uuid(),
  title: z.string().meta({ description: "Judul rapat" }),
  date: z.iso.date().meta({ description: "Tanggal rapat" }),
  nature: z.enum(["terbuka", "tertutup"]).meta({ description: "Sifat rapat" }),
  typeName: z.string().meta({ description: "Jenis rapat" }),
  current: z.boolean().meta({ description: "Masih berlaku (belum digantikan)" }),
  replacement: z
    .strictObject({ code: z.string(), documentVersion: z.int().min(1) })
    .nullable()
    .meta({ description: "Versi pengganti, bila pembaca boleh melihatnya" }),
  signatures: z.array(
    z.strictObject({
      role: z.enum(["ketua", "sekretaris"]),
      name: z.string(),
      signedAt: apiTimestamp(),
      issuer: z.string().meta({ description: "Penerbit sertifikat penanda tangan" }),
    }),
  ),
  versions: z
    .array(z.strictObject({ code: z.string(), documentVersion: z.int().min(1) }))
    .meta({ description: "Versi bertanda tangan yang boleh dilihat pembaca, terbaru dahulu" }),
});
