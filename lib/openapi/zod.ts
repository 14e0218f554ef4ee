import { z } from "zod";
import { jsonFilesSchema } from "@/lib/attachments/json-files";
import { API_UPLOAD_LIMIT_TEXT } from "@/lib/attachments/limits";

type JsonSchema = Record<string, unknown> & {
  properties?: Record<string, Record<string, unknown>>;
  required?: string[];
};

/** What a person adds by hand to a generated property: a description and examples. */
export interface PropertyNote {
  description?: string;
  examples?: unknown[];
  format?: string;
}

/**
 * The JSON Schema (2020-12, as OpenAPI 3.1 uses) of what a zod schema accepts: `io: "input"`, so
 * transforms and coercions are described by the values a caller may send. Refinements (cross-field
 * rules) cannot be expressed and are described in the notes and answered with 422.
 */
export function inputJsonSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _drop, ...json } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
  return json;
}

/**
 * A request body for the OpenAPI document, generated from the zod schema the API enforces, with
 * the files list (decoded by lib/attachments/json-files.ts), extra non-schema fields (e.g. `altcha`)
 * and hand-written descriptions and examples.
 */
export function requestBodySchema(
  schema: z.ZodType,
  opts: {
    files?: { field: string; required?: boolean; description?: string };
    extra?: Record<string, Record<string, unknown>>;
    notes?: Record<string, PropertyNote>;
    required?: string[];
  } = {},
): JsonSchema {
  const json = inputJsonSchema(schema);
  const properties: Record<string, Record<string, unknown>> = { ...(json.properties ?? {}) };
  for (const [key, note] of Object.entries(opts.notes ?? {})) {
    if (!properties[key]) throw new Error(`OpenAPI note for ${key}: the schema has no such field`);
    properties[key] = { ...properties[key], ...note };
  }
  if (opts.files) {
    const description = [opts.files.description, API_UPLOAD_LIMIT_TEXT].filter(Boolean).join(" ");
    properties[opts.files.field] = {
      ...inputJsonSchema(jsonFilesSchema(opts.files.field)),
      ...(opts.files.required ? { minItems: 1 } : {}),
      description,
    };
  }
  Object.assign(properties, opts.extra ?? {});
  const required = [
    ...(json.required ?? []),
    ...(opts.required ?? []),
    ...(opts.files?.required ? [opts.files.field] : []),
  ];
  return { ...json, properties, required: [...new Set(required)] };
}

/** Generator options for response bodies: what the API sends, as JSON.stringify writes it. */
const RESPONSE_OPTIONS = {
  io: "output",
  unrepresentable: "any",
  override: (ctx: { zodSchema: z.core.$ZodTypes; jsonSchema: Record<string, unknown> }) => {
    const json = ctx.jsonSchema;
    // Dates leave the API as ISO strings (JSON.stringify).
    if (ctx.zodSchema._zod.def.type === "date") Object.assign(json, { type: "string", format: "date-time" });
    // The format already says it; the long regexes zod adds only clutter the document for readers.
    if (["uuid", "date", "date-time"].includes(json.format as string)) delete json.pattern;
    if (json.minimum === Number.MIN_SAFE_INTEGER) delete json.minimum;
    if (json.maximum === Number.MAX_SAFE_INTEGER) delete json.maximum;
  },
} as const;

/**
 * A response body for the OpenAPI document, generated from a zod schema of what the API returns
 * (`io: "output"`, dates as ISO strings); descriptions and examples come from the schema's `.meta()`.
 */
export function responseJsonSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _drop, ...json } = z.toJSONSchema(schema, RESPONSE_OPTIONS) as JsonSchema;
  return json;
}

/**
 * Named response bodies for components.schemas, generated like responseJsonSchema. A schema nested
 * in another one of the same call is referenced (`$ref: #/components/schemas/<name>`), not repeated.
 */
export function responseComponents(schemas: Record<string, z.ZodType>): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(schemas)) registry.add(schema, { id });
  const { schemas: out } = z.toJSONSchema(registry, {
    ...RESPONSE_OPTIONS,
    uri: (id) => `#/components/schemas/${id}`,
  }) as { schemas: Record<string, JsonSchema> };
  return Object.fromEntries(
    Object.entries(out).map(([id, { $schema: _s, $id: _i, ...json }]) => [id, json as JsonSchema]),
  );
}

/**
 * A timestamp in a response: a Date where the DTO builds it, an ISO 8601 string on the wire (what
 * JSON.stringify writes), so a body read back from JSON parses against the same schema.
 */
export function apiTimestamp() {
  return z.codec(z.iso.datetime({ offset: true }), z.date(), {
    decode: (iso) => new Date(iso),
    encode: (date) => date.toISOString(),
  });
}

/** A page of a list in a response: the items, the total count, the page number and its size. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.strictObject({
    items: z.array(item),
    total: z.int().min(0).meta({ description: "Jumlah seluruh hasil" }),
    page: z.int().min(1).meta({ description: "Nomor halaman" }),
    pageSize: z.int().min(1).meta({ description: "Banyak hasil per halaman" }),
  });
}

/** The error body every API route answers with (lib/errors.ts). */
export const apiErrorSchema = z.object({
  error: z.object({
    code: z.string().meta({ examples: ["validation"] }),
    message: z
      .string()
      .meta({ description: "Pesan dalam Bahasa Indonesia", examples: ["Periksa kembali data yang dikirim."] }),
    fieldErrors: z.record(z.string(), z.array(z.string())).optional(),
  }),
});
