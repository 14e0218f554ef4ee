import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as schema from "@/lib/db/schema";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

/** Every pgEnum of the schema with its values. */
type EnumLike = { enumName: string; enumValues: string[] };
const enums = (Object.values(schema) as unknown[])
  .filter((v): v is EnumLike => typeof v === "function" && "enumValues" in v && "enumName" in v)
  .map((e) => ({ name: e.enumName, values: e.enumValues }));

describe("each status, channel and kind list has one source", () => {
  it("finds the schema's enums", () => {
    expect(enums.length).toBeGreaterThan(20);
  });

  it("no file writes out an enum's full list of values again", () => {
    const files = [...sources("lib"), ...sources("app"), ...sources("components")].filter(
      (f) => !f.startsWith(join("lib", "db", "schema")),
    );
    const copies: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, "utf8").replace(/\s+/g, " ");
      for (const e of enums) {
        if (e.values.length < 3) continue; // two-value lists (terbuka/tertutup, ketua/sekretaris) are too common to flag
        const literal = e.values.map((v) => `"${v}"`).join(", ");
        // The one place a list is defined (`X = [ … ] as const` in lib/<domain>/constants.ts) is allowed.
        const defined = new RegExp(
          `export const [A-Z_]+ = \\[ ?${literal.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")},? ?\\] as const`,
        ).test(text);
        if (text.includes(literal) && !defined) copies.push(`${file}: ${e.name}`);
      }
    }
    expect(copies).toEqual([]);
  });
});
