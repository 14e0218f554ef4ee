import { z } from "zod";

/** A stored file as the API lists it: its metadata and download URL, never the bytes. */
export const attachmentRefSchema = z.strictObject({
  id: z.uuid(),
  fileName: z.string().meta({ examples: ["pindaian-surat.pdf"] }),
  mimeType: z.string().meta({ examples: ["application/pdf"] }),
  size: z.int().min(0).meta({ description: "Ukuran berkas dalam bita" }),
  sha256: z.string().meta({ description: "SHA-256 isi berkas (heksadesimal)" }),
  url: z.string().meta({
    description: "Unduh lewat /api/v1/lampiran/{id} dengan token atau sesi yang sama",
    examples: ["/api/v1/lampiran/0b8f3a52-6c1e-4d2a-9f57-3c1b2a4d5e6f"],
  }),
});
