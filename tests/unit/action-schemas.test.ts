import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { fieldErrorsOf, formDataToObject, parseInput } from "@/lib/validation";

/**
 * One validation path: every server action validates with the domain's real zod schema (shared
 * with the browser form and the API), so the wrapper's "validate first" step can fail. Found by
 * reading the "use server" modules, as the permission matrix does.
 */
const LIB = resolve(__dirname, "../../lib");

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith(".ts") ? [p] : [];
  });
}

const useServer = walk(LIB).filter((f) => /^\s*["']use server["']/.test(readFileSync(f, "utf8")));
const ACTION = /export const (\w+) = (?:formAction|boundFormAction)\(\s*"[^"]+",\s*([^,]+?),\s*async/g;

interface Found {
  file: string;
  name: string;
  schema: string;
  /** The module the schema identifier is imported from, when it is imported. */
  from?: string;
}

const actions: Found[] = useServer.flatMap((file) => {
  const src = readFileSync(file, "utf8");
  const imports = new Map<string, string>();
  for (const m of src.matchAll(/import \{([^}]+)\} from "([^"]+)";/g)) {
    for (const n of m[1].split(",")) imports.set(n.trim().replace(/^type /, ""), m[2]);
  }
  return [...src.matchAll(ACTION)].map((m) => ({
    file: relative(LIB, file),
    name: m[1],
    schema: m[2].trim(),
    from: imports.get(m[2].trim()),
  }));
});

/** Schemas whose every field is optional (a note, a checkbox), so an empty post is fine. */
const OPTIONAL_ONLY = new Set([
  "none",
  "z.object({})",
  "optionalNoteSchema",
  "verifySchema",
  "approveSchema",
  "editSchema",
  "classifySchema",
]);

describe("server action schemas", () => {
  it("finds the actions of every use-server module", () => {
    expect(useServer.length).toBeGreaterThanOrEqual(14);
    expect(actions.length).toBeGreaterThanOrEqual(98 - 1); // setPasswordWithTokenAction is a plain function
  });

  it("no action accepts anything", () => {
    const lax = actions.filter((a) => /z\.record|z\.any\(|z\.unknown\(|anything/.test(a.schema));
    expect(lax, lax.map((a) => `${a.file}: ${a.name}`).join("\n")).toEqual([]);
    for (const f of useServer) expect(readFileSync(f, "utf8"), f).not.toContain("z.record(z.string(), z.unknown())");
  });

  it("every schema from a domain schema module refuses an empty post with Indonesian messages where fields are required", async () => {
    let checked = 0;
    const accepted: string[] = [];
    for (const a of actions) {
      if (!a.from || OPTIONAL_ONLY.has(a.schema) || !/(^|\/)schema$/.test(a.from)) continue;
      const path = a.from.startsWith("@/")
        ? resolve(LIB, "..", a.from.slice(2))
        : resolve(LIB, dirname(a.file), a.from);
      const mod = (await import(path)) as Record<string, z.ZodType>;
      const schema = mod[a.schema];
      expect(schema, `${a.file}: ${a.schema}`).toBeDefined();
      const r = schema.safeParse(formDataToObject(new FormData()));
      if (r.success) {
        accepted.push(`${a.file}: ${a.name} (${a.schema})`);
        continue;
      }
      for (const [key, msgs] of Object.entries(fieldErrorsOf(r.error!)))
        for (const msg of msgs) expect(msg, `${a.name} ${key}`).toMatch(/[a-z]{3}/);
      expect(schema.safeParse("garbage").success, a.name).toBe(false);
      checked++;
    }
    expect(accepted, "these accepted an empty post").toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(50);
  });
});

describe("parseInput and fieldErrorsOf", () => {
  const schema = z
    .object({
      title: z.string({ error: "Judul wajib diisi." }),
      recipients: z.array(z.object({ email: z.email("Email tidak valid.") })),
    })
    .refine(() => false, "Formulir tidak lengkap.");

  it("keys nested issues by their full path and whole-object issues by _form", () => {
    const r = z
      .object({ recipients: z.array(z.object({ email: z.email("Email tidak valid.") })) })
      .safeParse({ recipients: [{ email: "a@b.id" }, { email: "x" }] });
    expect(fieldErrorsOf(r.error!)).toEqual({ "recipients.1.email": ["Email tidak valid."] });
    const whole = z
      .object({})
      .refine(() => false, "Formulir tidak lengkap.")
      .safeParse({});
    expect(fieldErrorsOf(whole.error!)).toEqual({ _form: ["Formulir tidak lengkap."] });
  });

  it("throws a validation AppError with every field error", () => {
    let caught: unknown;
    try {
      parseInput(schema, { recipients: [{ email: "x" }] });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).status).toBe(422);
    expect((caught as AppError).fieldErrors).toMatchObject({
      title: ["Judul wajib diisi."],
      "recipients.0.email": ["Email tidak valid."],
    });
  });

  it("treats a missing input as an empty object", () => {
    expect(() => parseInput(z.object({ a: z.string({ error: "A wajib diisi." }) }), undefined)).toThrow(AppError);
    expect(parseInput(z.object({}), undefined)).toEqual({});
  });
});
