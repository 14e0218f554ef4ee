import { z } from "zod";
import { errors, type FieldErrors } from "@/lib/errors";

/**
 * Strip control characters (keeping newlines and tabs) that no form field should carry, and replace a lone
 * UTF-16 surrogate (a JSON body may hold one, e.g. "\ud800") with U+FFFD, as every UTF-8 encoder does: the
 * value checked here is then the value stored, by any path.
 */
function clean(s: string): string {
  return s
    .toWellFormed()
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "")
    .trim();
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
        // An empty field is only "wajib diisi", not also "minimal N karakter". (Not `abort`: that would stop the
        // object's cross-field rules, and every field's errors must come back at once.)
        .refine((s) => s.length === 0 || s.length >= min, `${label} minimal ${min} karakter.`)
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

/** The largest value of a PostgreSQL `integer` column: larger ids can only be typed, never stored. */
export const INT4_MAX = 2_147_483_647;

/** A positive integer id from a form or URL (within the `integer` range, so it never reaches the database as an error). */
export function idNumber(label: string) {
  return z.coerce
    .number({ error: `${label} tidak valid.` })
    .int(`${label} tidak valid.`)
    .positive(`${label} wajib dipilih.`)
    .max(INT4_MAX, `${label} tidak valid.`);
}

/** Whether a number is a usable integer id (positive, within the `integer` column range). */
export function isIntId(n: unknown): n is number {
  return typeof n === "number" && Number.isInteger(n) && n > 0 && n <= INT4_MAX;
}

/** A positive integer id from a URL or form value, or undefined when it is not one. */
export function intId(value: unknown): number | undefined {
  if (typeof value !== "string" || !/^\d{1,10}$/.test(value.trim())) return undefined;
  const n = Number(value);
  return isIntId(n) ? n : undefined;
}

/** A page number from a URL (`hal`): 1 when missing or not a page number. */
export function pageParam(value: unknown, max = 100_000): number {
  const n = intId(value);
  return n && n <= max ? n : 1;
}

/** An optional integer id in a list filter: anything that is not a valid id is ignored. */
export const filterId = () => z.coerce.number().int().positive().max(INT4_MAX).optional().catch(undefined);

/** Optional integer id: "" or missing becomes undefined. */
export function optionalIdNumber(label: string) {
  return z
    .union([z.string(), z.number()])
    .optional()
    .nullable()
    .transform((v) => (v === "" || v == null ? undefined : Number(v)))
    .pipe(
      z
        .number({ error: `${label} tidak valid.` })
        .int(`${label} tidak valid.`)
        .positive(`${label} tidak valid.`)
        .max(INT4_MAX, `${label} tidak valid.`)
        .optional(),
    );
}

/** Whether a path or form value is a UUID in the form PostgreSQL stores: check it before it reaches a query on a uuid column. */
export function isUuid(value: unknown): value is string {
  return typeof value === "string" && new RegExp(`^${UUID_PATTERN}$`, "i").test(value);
}

/** The UUID text form, for patterns that embed one (e.g. "user:<uuid>"). */
export const UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

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
  for (const [k, v] of fd.entries())
    if (typeof v === "string" && !k.startsWith("$ACTION") && !/password|passphrase|sandi/i.test(k)) out[k] = v;
  return out;
}

/**
 * Zod issues as field errors, the one rule for every form, action and API: the key is the issue's path
 * joined with "." (a nested field such as `recipients.0.email` keeps its full path); an issue without
 * a path (a whole-object rule) goes under `_form`. Every issue is kept, in order.
 */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) (out[issue.path.map(String).join(".") || "_form"] ??= []).push(issue.message);
  return out;
}

/** Validate input with a schema; field errors become a 422 (AppError "validation") with Indonesian messages. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const r = schema.safeParse(input ?? {});
  if (!r.success) throw errors.validation(fieldErrorsOf(r.error));
  return r.data;
}
