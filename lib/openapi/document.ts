import { lettersOpenApi } from "@/lib/letters/openapi";
import { minutesOpenApi } from "@/lib/minutes/openapi";
import { aspirationsOpenApi } from "@/lib/aspirations/openapi";
import { pokirOpenApi } from "@/lib/pokir/openapi";
import { membersOpenApi } from "@/lib/members/openapi";
import { apiErrorSchema, responseJsonSchema } from "./zod";

/** A fragment of the OpenAPI document contributed by one service. */
export interface OpenApiFragment {
  tags?: { name: string; description: string }[];
  paths: Record<string, unknown>;
  schemas?: Record<string, unknown>;
}

const errorSchema = responseJsonSchema(apiErrorSchema);

const errRef = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

const base: OpenApiFragment = {
  tags: [{ name: "Sistem", description: "Kesehatan layanan" }],
  paths: {
    "/api/health": {
      get: {
        tags: ["Sistem"],
        summary: "Kesehatan layanan dan basis data",
        responses: {
          "200": {
            description: "Layanan dan basis data sehat",
            content: {
              "application/json": {
                schema: { type: "object", properties: { status: { const: "ok" }, db: { const: "ok" } } },
              },
            },
          },
          "503": { description: "Basis data tidak dapat dihubungi" },
        },
      },
    },
    "/api/v1/openapi.json": {
      get: {
        tags: ["Sistem"],
        summary: "Dokumen OpenAPI ini (dibangkitkan dari skema zod yang dipakai API)",
        responses: { "200": { description: "OpenAPI 3.1 (JSON)" } },
      },
    },
    "/api/v1/lampiran/{id}": {
      get: {
        tags: ["Sistem"],
        summary:
          "Unduh satu lampiran; hanya bagi yang boleh melihat pemiliknya (selain itu 404). Mendukung If-None-Match (304).",
        security: [{}, { bearerToken: [] }],
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
        responses: {
          "200": { description: "Isi berkas dengan Content-Type aslinya" },
          "304": { description: "Tidak berubah (ETag sama)" },
          "404": errRef("Lampiran tidak ditemukan atau tidak boleh dilihat"),
        },
      },
    },
    "/api/v1/audit/ekspor": {
      get: {
        tags: ["Sistem"],
        summary: "Ekspor log audit (CSV, paling banyak 50.000 baris) dengan filter halaman log audit",
        security: [{ bearerToken: [] }],
        parameters: [
          { name: "q", in: "query", schema: { type: "string" } },
          { name: "hasil", in: "query", schema: { enum: ["success", "failure", "denied"] } },
        ],
        responses: {
          "200": { description: "text/csv" },
          "401": errRef("Tanpa token atau sesi"),
          "403": errRef("Tidak berwenang membaca log audit"),
        },
      },
    },
    "/api/v1/privasi/ekspor": {
      get: {
        tags: ["Sistem"],
        summary:
          "Staf: seluruh data pribadi satu orang di semua layanan (JSON), dicari dengan email dan/atau nomor telepon",
        security: [{ bearerToken: [] }],
        parameters: [
          { name: "email", in: "query", schema: { type: "string", format: "email" } },
          { name: "phone", in: "query", schema: { type: "string" }, examples: { wa: { value: "0812 3456 7890" } } },
        ],
        responses: {
          "200": { description: "Berkas data-pribadi.json" },
          "401": errRef("Tanpa token atau sesi"),
          "403": errRef("Tidak berwenang"),
          "422": errRef("Isi email atau nomor telepon"),
        },
      },
    },
  },
};

/**
 * Fragments of every service. Each service adds its own module here (paths under /api/v1).
 */
const FRAGMENTS: OpenApiFragment[] = [
  base,
  lettersOpenApi,
  minutesOpenApi,
  aspirationsOpenApi,
  pokirOpenApi,
  membersOpenApi,
];

/** The OpenAPI 3.1 document served at /api/v1/openapi.json. */
export function openApiDocument(serverUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Si Dilan API — DPRD Kota Balikpapan",
      version: "1.0.0",
      description:
        "API layanan Si Dilan (SIAP, e-Pokir, register surat, e-Risalah). Semua pesan galat dalam Bahasa Indonesia.",
    },
    servers: [{ url: serverUrl }],
    tags: FRAGMENTS.flatMap((f) => f.tags ?? []),
    paths: Object.assign({}, ...FRAGMENTS.map((f) => f.paths)),
    components: {
      securitySchemes: {
        bearerToken: {
          type: "http",
          scheme: "bearer",
          description: "Token API pribadi staf (sdl_…), dibuat di /sekretariat/token",
        },
      },
      schemas: Object.assign({ Error: errorSchema }, ...FRAGMENTS.map((f) => f.schemas ?? {})),
    },
  };
}
