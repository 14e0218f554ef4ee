import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { logDenied, can } from "@/lib/auth/guard";
import type { Permission } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { sessionActor } from "@/lib/auth/session";
import { errors, isAppError } from "@/lib/errors";
import { fieldErrorsOf, formDataToObject, formValues } from "@/lib/validation";
import type { FormState } from "./form-state";

export type { FormState } from "./form-state";

/** Metadata attached to every wrapped action, read by the permission-matrix test. */
export interface ActionMeta {
  permission: Permission;
  bound: boolean;
}

type Handler<S extends z.ZodType> = (
  input: z.output<S>,
  actor: Actor | null,
  formData: FormData,
) => Promise<FormState | void>;

/** Files cannot be given back to a file input: say so when the refused post carried some. */
function withFileNote(message: string, formData: FormData): string {
  const hadFiles = [...formData.values()].some((v) => typeof v !== "string" && v.size > 0);
  return hadFiles ? `${message} Isian Anda tetap ada di formulir; lampiran/foto perlu dipilih lagi.` : message;
}

async function run<S extends z.ZodType>(
  permission: Permission,
  schema: S,
  formData: FormData,
  handler: Handler<S>,
): Promise<FormState> {
  const values = formValues(formData);
  try {
    // Permission first: a refused caller learns nothing about the input rules.
    const actor = await sessionActor();
    if (!can(actor, permission)) {
      await logDenied(actor, permission);
      throw actor ? errors.forbidden() : errors.unauthorized();
    }
    const parsed = schema.safeParse(formDataToObject(formData));
    if (!parsed.success) {
      return {
        status: "error",
        message: withFileNote("Periksa kembali isian yang ditandai.", formData),
        fieldErrors: fieldErrorsOf(parsed.error),
        values,
      };
    }
    const result = await handler(parsed.data, actor, formData);
    return result ?? { status: "success" };
  } catch (e) {
    unstable_rethrow(e);
    if (isAppError(e))
      return { status: "error", message: withFileNote(e.message, formData), fieldErrors: e.fieldErrors, values };
    console.error("[action]", e);
    return { status: "error", message: withFileNote(SERVICE_FAILURE_MESSAGE, formData), values };
  }
}

/** What a person reads when the service failed: nothing is lost, and what to do next. */
export const SERVICE_FAILURE_MESSAGE =
  "Terjadi gangguan pada layanan, jadi kiriman Anda belum tersimpan. Isian Anda tetap ada di formulir ini: tunggu sebentar, lalu tekan tombol kirim lagi.";

/**
 * Wrap a form action: checks the permission inside the action (every action is a public POST
 * endpoint), validates with the zod schema and returns all field errors, maps AppErrors to a message.
 *
 * The schema is the domain's real one (`lib/<domain>/schema.ts`, the same the browser form and the
 * API use), never an accept-anything record: a post with bad fields is answered here, before any
 * rate limit, lookup or write, with every field error at once and what the person typed. Services
 * stay authoritative: they parse their input again (they also serve the API), so a handler whose
 * schema transforms values (arrays, JSON, numbers) passes the service `formDataToObject(fd)`, the
 * same form values the schema checked. Actions without fields use `z.object({})`.
 */
export function formAction<S extends z.ZodType>(permission: Permission, schema: S, handler: Handler<S>) {
  const fn = async (_prev: FormState, formData: FormData): Promise<FormState> =>
    run(permission, schema, formData, handler);
  return Object.assign(fn, { meta: { permission, bound: false } satisfies ActionMeta });
}

/** Like formAction, for a record's id passed with `action.bind(null, id)`. */
export function boundFormAction<S extends z.ZodType>(
  permission: Permission,
  schema: S,
  handler: (id: string, input: z.output<S>, actor: Actor | null, formData: FormData) => Promise<FormState | void>,
) {
  const fn = async (id: string, _prev: FormState, formData: FormData): Promise<FormState> =>
    run(permission, schema, formData, (input, actor, fd) => handler(String(id), input, actor, fd));
  return Object.assign(fn, { meta: { permission, bound: true } satisfies ActionMeta });
}
