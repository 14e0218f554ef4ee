import { errors } from "@/lib/errors";

/** Files of a form field (empty file inputs dropped). */
export function formFiles(fd: FormData, field: string): File[] {
  return fd.getAll(field).filter((v): v is File => typeof v !== "string" && (v.size > 0 || v.name !== ""));
}

/** A JSON payload field sent by a client form (nested data such as disposition recipients). */
export function jsonPayload(value: unknown): unknown {
  if (typeof value !== "string" || value.length > 200_000) throw errors.validation({ recipients: ["Data formulir tidak valid."] });
  try {
    return JSON.parse(value);
  } catch {
    throw errors.validation({ recipients: ["Data formulir tidak valid."] });
  }
}
