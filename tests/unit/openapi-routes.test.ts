import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { submissionSchema } from "@/lib/aspirations/schema";
import { incomingLetterSchema, outgoingDraftSchema } from "@/lib/letters/schema";
import { openApiDocument } from "@/lib/openapi/document";
import { inputJsonSchema } from "@/lib/openapi/zod";
import { publicProposalSchema } from "@/lib/pokir/schema";

/** The generated document against the route handlers that actually exist and the schemas they enforce. */
const API = resolve(__dirname, "../../app/api/v1");
const doc = openApiDocument("https://sidilan.test") as {
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, { properties: Record<string, Record<string, unknown>>; required: string[] }> };
};

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? routeFiles(p) : name === "route.ts" ? [p] : [];
  });
}

/** "/api/v1/aspirasi/[code]" and "/api/v1/aspirasi/{trackingCode}" both become "/api/v1/aspirasi/{}". */
const shape = (path: string) => path.replace(/\[[^\]]+\]|\{[^}]+\}/g, "{}");

const routes = routeFiles(API).flatMap((file) => {
  const path = `/api/v1/${relative(API, file).replace(/\/?route\.ts$/, "")}`.replace(/\/$/, "");
  const src = readFileSync(file, "utf8");
  const methods = [...src.matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g)].map(
    (m) => m[1].toLowerCase(),
  );
  return methods.map((method) => ({ path, method }));
});

describe("the generated OpenAPI document", () => {
  it("lists every route handler in app/api/v1 with each exported method", () => {
    expect(routes.length).toBeGreaterThanOrEqual(24);
    const documented = new Map(Object.entries(doc.paths).map(([p, ops]) => [shape(p), ops]));
    const missing = routes
      .filter((r) => !documented.get(shape(r.path))?.[r.method])
      .map((r) => `${r.method.toUpperCase()} ${r.path}`);
    expect(missing).toEqual([]);
  });

  /** Each JSON request body, the route that takes it, and the zod schema its service parses. */
  const bodies: { route: string; component: string; schema: z.ZodType; files: string; service: string }[] = [
    {
      route: "/api/v1/aspirasi",
      component: "AspirasiBaru",
      schema: submissionSchema,
      files: "lampiran",
      service: "submitFromApi",
    },
    {
      route: "/api/v1/pokir",
      component: "PokirBaru",
      schema: publicProposalSchema,
      files: "photos",
      service: "submitPublicProposal",
    },
    {
      route: "/api/v1/surat/masuk",
      component: "SuratMasukBaru",
      schema: incomingLetterSchema,
      files: "scans",
      service: "registerIncoming",
    },
    {
      route: "/api/v1/surat/keluar",
      component: "SuratKeluarBaru",
      schema: outgoingDraftSchema,
      files: "lampiran",
      service: "createOutgoingDraft",
    },
  ];

  it.each(bodies)(
    "$component is the schema the $route handler enforces",
    ({ route, component, schema, files, service }) => {
      const op = doc.paths[route].post as { requestBody: { content: Record<string, { schema: { $ref: string } }> } };
      expect(op.requestBody.content["application/json"].schema.$ref).toBe(`#/components/schemas/${component}`);
      expect(readFileSync(join(API, route.replace("/api/v1/", ""), "route.ts"), "utf8")).toContain(service);
      const documented = doc.components.schemas[component];
      const expected = inputJsonSchema(schema);
      for (const [key, prop] of Object.entries(expected.properties ?? {}))
        expect(documented.properties[key], `${component}.${key}`).toMatchObject(prop);
      const undocumented = Object.keys(documented.properties).filter(
        (k) => !(k in (expected.properties ?? {})) && k !== files && k !== "altcha",
      );
      expect(undocumented, `${component} documents fields the schema does not take`).toEqual([]);
      for (const key of expected.required ?? [])
        expect(documented.required, `${component} requires ${key}`).toContain(key);
      expect(documented.properties[files]).toMatchObject({
        type: "array",
        items: { type: "object", required: ["name", "contentBase64"] },
      });
    },
  );
});
