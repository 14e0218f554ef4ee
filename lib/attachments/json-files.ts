import { z } from "zod";
import { errors } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/validation";
import { MAX_FILES } from "./limits";
import type { IncomingFile } from "./service";

/** One file in a JSON body: `{ name, contentBase64 }` (the API's only way to send files). */
export const jsonFileSchema = z.object({
  name: z
    .string({ error: "Nama berkas wajib diisi." })
    .trim()
    .min(1, "Nama berkas wajib diisi.")
    .max(200, "Nama berkas maksimal 200 karakter."),
  contentBase64: z
    .string({ error: "Isi berkas (base64) wajib diisi." })
    .regex(/^[A-Za-z0-9+/\r\n]*={0,2}$/, "Isi berkas bukan base64 yang sah."),
});

/** The list of files under one key of a JSON body, at most MAX_FILES. */
export function jsonFilesSchema(field: string) {
  return z
    .array(jsonFileSchema, { error: `${field} harus berupa daftar berkas.` })
    .max(MAX_FILES, `Paling banyak ${MAX_FILES} berkas.`);
}

/**
 * The one base64 file decoder: split a JSON body into its fields and the decoded files under `field`
 * (`[{ name, contentBase64 }]`). Field errors are keyed by the one nested-path rule (`photos.0.name`).
 * `flattenObjects` turns nested objects among the fields into JSON text, as a form would send them.
 */
export function filesFromJsonBody(
  body: unknown,
  field: string,
  opts: { flattenObjects?: boolean } = {},
): { fields: Record<string, unknown>; files: IncomingFile[] } {
  if (!body || typeof body !== "object" || Array.isArray(body))
    throw errors.badRequest("Isi permintaan harus berupa objek JSON.");
  const { [field]: raw, ...rest } = body as Record<string, unknown>;
  const fields = opts.flattenObjects
    ? Object.fromEntries(
        Object.entries(rest).map(([k, v]) => [k, typeof v === "object" && v !== null ? JSON.stringify(v) : v]),
      )
    : rest;
  if (raw === undefined || raw === null) return { fields, files: [] };
  const r = jsonFilesSchema(field).safeParse(raw);
  if (!r.success)
    throw errors.validation(
      Object.fromEntries(
        Object.entries(fieldErrorsOf(r.error)).map(([k, v]) => [k === "_form" ? field : `${field}.${k}`, v]),
      ),
    );
  return { fields, files: r.data.map((s) => ({ name: s.name, data: Buffer.from(s.contentBase64, "base64") })) };
}
