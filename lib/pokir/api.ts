import { MAX_JSON_BODY_BYTES } from "@/lib/attachments/limits";
import { z } from "zod";
import type { IncomingFile } from "@/lib/attachments/service";
import { errors, type FieldErrors } from "@/lib/errors";
import { MAX_PHOTOS } from "./constants";

/** Largest JSON body: MAX_FILES files of MAX_FILE_BYTES in base64 plus the fields. */
export const MAX_POKIR_BODY = MAX_JSON_BODY_BYTES;

const photoSchema = z.object({
  name: z.string({ error: "Nama berkas wajib diisi." }).trim().min(1, "Nama berkas wajib diisi.").max(200, "Nama berkas maksimal 200 karakter."),
  contentBase64: z.string({ error: "Isi berkas (base64) wajib diisi." }).regex(/^[A-Za-z0-9+/\r\n]*={0,2}$/, "Isi berkas bukan base64 yang sah."),
});

/** Split a JSON body into proposal fields and decoded photos (`photos: [{ name, contentBase64 }]`). */
export function photosFromBody(body: unknown): { fields: Record<string, unknown>; files: IncomingFile[] } {
  if (!body || typeof body !== "object" || Array.isArray(body)) throw errors.badRequest("Isi permintaan harus berupa objek JSON.");
  const { photos: raw, ...rest } = body as Record<string, unknown>;
  // JSON numbers and booleans are fine; nested objects are not form values.
  const fields = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, typeof v === "object" && v !== null ? JSON.stringify(v) : v]));
  if (raw === undefined || raw === null) return { fields, files: [] };
  const r = z.array(photoSchema, { error: "photos harus berupa daftar berkas." }).max(MAX_PHOTOS, `Paling banyak ${MAX_PHOTOS} foto.`).safeParse(raw);
  if (!r.success) throw errors.validation({ photos: r.error.issues.map((i) => i.message) } as FieldErrors);
  return { fields, files: r.data.map((s) => ({ name: s.name, data: Buffer.from(s.contentBase64, "base64") })) };
}
