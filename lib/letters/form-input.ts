import { errors } from "@/lib/errors";

/** The files of a form field (prepareFiles drops the empty inputs). */
export function formFiles(fd: FormData, field: string): File[] {
  return fd.getAll(field).filter((v): v is File => typeof v !== "string");
}

/** A JSON payload field sent by a client form (nested data such as disposition recipients). */
export function jsonPayload(value: unknown): unknown {
  const invalid = () =>
    errors.validation(
      { recipients: ["Data formulir tidak valid."] },
      "Data formulir tidak valid. Muat ulang halaman lalu coba lagi.",
    );
  if (typeof value !== "string" || value.length > 200_000) throw invalid();
  try {
    return JSON.parse(value);
  } catch {
    throw invalid();
  }
}
