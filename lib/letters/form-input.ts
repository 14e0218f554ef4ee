import { errors } from "@/lib/errors";

/**
 * Files of a form field. An empty file input arrives as a zero-byte file named "" (or, through
 * Next's server-action decoding, "undefined"): those are dropped; a chosen empty file is kept so the
 * attachment check can say it is empty.
 */
export function formFiles(fd: FormData, field: string): File[] {
  return fd.getAll(field).filter((v): v is File => typeof v !== "string" && (v.size > 0 || (v.name !== "" && v.name !== "undefined")));
}

/** A JSON payload field sent by a client form (nested data such as disposition recipients). */
export function jsonPayload(value: unknown): unknown {
  const invalid = () => errors.validation({ recipients: ["Data formulir tidak valid."] }, "Data formulir tidak valid. Muat ulang halaman lalu coba lagi.");
  if (typeof value !== "string" || value.length > 200_000) throw invalid();
  try {
    return JSON.parse(value);
  } catch {
    throw invalid();
  }
}
