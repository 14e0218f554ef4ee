import { lettersOpenApi } from "@/lib/letters/openapi";
import { minutesOpenApi } from "@/lib/minutes/openapi";
import { aspirationsOpenApi } from "@/lib/aspirations/openapi";
import { pokirOpenApi } from "@/lib/pokir/openapi";
import { membersOpenApi } from "@/lib/members/openapi";

/** A fragment of the OpenAPI document contributed by one service. */
export interface OpenApiFragment {
  tags?: { name: string; description: string }[];
  paths: Record<string, unknown>;
  schemas?: Record<string, unknown>;
}

const errorSchema = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: { type: "string", examples: ["validation"] },
        message: { type: "string", description: "Pesan dalam Bahasa Indonesia", examples: ["Periksa kembali data yang dikirim."] },
        fieldErrors: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } },
      },
    },
  },
};

const base: OpenApiFragment = {
  tags: [{ name: "Sistem", description: "Kesehatan layanan" }],
  paths: {
    "/api/health": {
      get: {
        tags: ["Sistem"],
        summary: "Kesehatan layanan dan basis data",
        responses: {
          "200": { description: "Layanan dan basis data sehat", content: { "application/json": { schema: { type: "object", properties: { status: { const: "ok" }, db: { const: "ok" } } } } } },
          "503": { description: "Basis data tidak dapat dihubungi" },
        },
      },
    },
  },
};

/**
 * Fragments of every service. Each service adds its own module here (paths under /api/v1).
 */
const FRAGMENTS: OpenApiFragment[] = [base, lettersOpenApi, minutesOpenApi, aspirationsOpenApi, pokirOpenApi, membersOpenApi];

/** The OpenAPI 3.1 document served at /api/v1/openapi.json. */
export function openApiDocument(serverUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Si Dilan API — DPRD Kota Balikpapan",
      version: "1.0.0",
      description: "API layanan Si Dilan (SIAP, e-Pokir, register surat, e-Risalah). Semua pesan galat dalam Bahasa Indonesia.",
    },
    servers: [{ url: serverUrl }],
    tags: FRAGMENTS.flatMap((f) => f.tags ?? []),
    paths: Object.assign({}, ...FRAGMENTS.map((f) => f.paths)),
    components: {
      securitySchemes: {
        bearerToken: { type: "http", scheme: "bearer", description: "Token API pribadi staf (sdl_…), dibuat di /sekretariat/token" },
      },
      schemas: Object.assign({ Error: errorSchema }, ...FRAGMENTS.map((f) => f.schemas ?? {})),
    },
  };
}
