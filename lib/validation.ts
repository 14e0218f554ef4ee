import { z } from "zod";

/** Strip control characters (keeping newlines and tabs) that no form field should carry. */
function clean(s: string): string {
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "").trim();
}

/** A required text field with Indonesian messages. */
export function requiredText(label: string, opts: { min?: number; max: number }) {
  const min = opts.min ?? 1;
  return z
    .string({ error: `${label} wajib diisi.` })
    .transform(clean)
    .pipe(
      z
        .string()
        .min(1, `${label} wajib diisi.`)
        .min(min, `${label} minimal ${min} karakter.`)
        .max(opts.max, `${label} maksimal ${opts.max} karakter.`),
    );
}

/** An optional text field: empty becomes undefined. */
export function optionalText(label: string, max: number) {
  return z
    .string({ error: `${label} tidak valid.` })
    .optional()
    .nullable()
    .transform((v) => (v == null ? undefined : clean(v) || undefined))
    .pipe(z.string().max(max, `${label} maksimal ${max} karakter.`).optional());
}

/** An HTML checkbox: "on"/"true"/"1"/true are checked, anything else unchecked. */
export const checkbox = () =>
  z
    .union([z.string(), z.boolean()])
    .optional()
    .nullable()
    .transform((v) => v === true || v === "on" || v === "true" || v === "1");

/** A positive integer id from a form or URL. */
export function idNumber(label: string) {
  return z.coerce.number({ error: `${label} tidak valid.` }).int(`${label} tidak valid.`).positive(`${label} wajib dipilih.`);
}

/** Optional integer id: "" or missing becomes undefined. */
export function optionalIdNumber(label: string) {
  return z
    .union([z.string(), z.number()])
    .optional()
    .nullable()
    .transform((v) => (v === "" || v == null ? undefined : Number(v)))
    .pipe(z.number({ error: `${label} tidak valid.` }).int(`${label} tidak valid.`).positive(`${label} tidak valid.`).optional());
}

/** A UUID path or form parameter. */
export const uuidParam = z.uuid();

/** Convert FormData to a plain object: repeated keys become arrays; empty file inputs are dropped. */
export function formDataToObject(fd: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(fd.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = fd.getAll(key).filter((v) => !(typeof v !== "string" && v.size === 0 && !v.name));
    if (values.length === 0) continue;
    out[key] = values.length === 1 && !key.endsWith("[]") ? values[0] : values;
  }
  return out;
}

/** The string values of a form, to give back to the form after an error (React 19 resets it). */
export function formValues(fd: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of fd.entries()) if (typeof v === "string" && !k.startsWith("$ACTION") && !/password|passphrase|sandi/i.test(k)) out[k] = v;
  return out;
}
