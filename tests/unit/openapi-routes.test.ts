import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { submissionSchema } from "@/lib/aspirations/schema";
import { inboxPageSchema } from "@/lib/inbox/api-schema";
import * as letters from "@/lib/letters/api-schema";
import { incomingLetterSchema, outgoingDraftSchema } from "@/lib/letters/schema";
import { memberFiguresListSchema, memberFiguresSchema } from "@/lib/members/api-schema";
import { minutesListResponseSchema } from "@/lib/minutes/api-schema";
import { openApiDocument } from "@/lib/openapi/document";
import { apiErrorSchema, inputJsonSchema, responseComponents } from "@/lib/openapi/zod";
import { pokirProposalSchema, pokirSubmittedSchema, pokirTrackingSchema } from "@/lib/pokir/api-schema";
import { publicProposalSchema } from "@/lib/pokir/schema";
import { verificationResultSchema } from "@/lib/verification/api-schema";

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

describe("the JSON responses of letters, minutes, pokir and members", () => {
  /** The zod schema behind each response component (tests/integration/openapi-responses.test.ts checks the DTOs). */
  const generated = responseComponents({
    Error: apiErrorSchema,
    SuratMasukRingkas: letters.incomingSummarySchema,
    SuratMasukDaftar: letters.incomingListResponseSchema,
    SuratMasuk: letters.incomingDetailSchema,
    SuratMasukTercatat: letters.incomingRegisteredSchema,
    SuratKeluarRingkas: letters.outgoingSummarySchema,
    SuratKeluarDaftar: letters.outgoingListResponseSchema,
    SuratKeluar: letters.outgoingDetailSchema,
    SuratKeluarDraf: letters.outgoingDraftCreatedSchema,
    SuratBertandaTangan: letters.signedLetterSchema,
    SuratBertandaTanganDaftar: letters.signedLetterListSchema,
    MinutesList: minutesListResponseSchema,
    VerificationResult: verificationResultSchema,
    PokirDiterima: pokirSubmittedSchema,
    PokirLacak: pokirTrackingSchema,
    PokirUsulan: pokirProposalSchema,
    KotakMasuk: inboxPageSchema,
    AngkaAnggota: memberFiguresSchema,
    AngkaAnggotaDaftar: memberFiguresListSchema,
  });
  const TAGS = ["Register surat", "e-Risalah", "e-Pokir", "Anggota DPRD"];
  type Operation = { tags?: string[]; responses: Record<string, { content?: Record<string, { schema?: unknown }> }> };
  const jsonResponses = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops as Record<string, Operation>)
      .filter(([, op]) => op.tags?.some((t) => TAGS.includes(t)))
      .flatMap(([method, op]) =>
        Object.entries(op.responses).flatMap(([status, r]) =>
          r.content?.["application/json"]
            ? [{ at: `${method} ${path} ${status}`, schema: r.content["application/json"].schema }]
            : [],
        ),
      ),
  );
  /** `{ $ref }` or `{ oneOf: [{ $ref }, …] }` into components.schemas; anything else was written by hand. */
  const refsOf = (schema: unknown): string[] | null => {
    const s = schema as { $ref?: string; oneOf?: unknown[] };
    const keys = Object.keys(s ?? {});
    if (keys.length === 1 && typeof s.$ref === "string") return [s.$ref.replace("#/components/schemas/", "")];
    if (keys.length === 1 && Array.isArray(s.oneOf)) {
      const refs = s.oneOf.map(refsOf);
      return refs.every((r) => r?.length === 1) ? refs.flatMap((r) => r!) : null;
    }
    return null;
  };

  it("are references to components, never inline JSON Schema", () => {
    expect(jsonResponses.length).toBeGreaterThanOrEqual(40);
    expect(jsonResponses.filter((r) => refsOf(r.schema) === null).map((r) => r.at)).toEqual([]);
  });

  it("reference only components generated from the zod schemas the DTOs are typed by", () => {
    const names = new Set(jsonResponses.flatMap((r) => refsOf(r.schema) ?? []));
    expect([...names].filter((n) => !(n in generated))).toEqual([]);
    for (const name of Object.keys(generated)) expect(doc.components.schemas[name], name).toEqual(generated[name]);
  });
});
