import { VERIFY_MAX_LABEL } from "@/lib/attachments/limits";
import type { OpenApiFragment } from "@/lib/openapi/document";
import { responseComponents } from "@/lib/openapi/zod";
import { verificationResultSchema } from "@/lib/verification/api-schema";
import { minutesListResponseSchema } from "./api-schema";

const err = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

/** e-Risalah part of the OpenAPI document. */
export const minutesOpenApi: OpenApiFragment = {
  tags: [
    {
      name: "e-Risalah",
      description: "Risalah rapat terbuka yang terbit, unduhan PDF bertanda tangan, dan verifikasi keaslian",
    },
  ],
  paths: {
    "/api/v1/risalah": {
      get: {
        tags: ["e-Risalah"],
        summary: "Daftar risalah rapat terbuka yang telah terbit",
        description: "Hanya risalah rapat terbuka yang diterbitkan; risalah rapat tertutup tidak pernah tampil.",
        parameters: [
          { name: "jenis", in: "query", schema: { type: "integer" }, description: "Id jenis rapat" },
          { name: "tahun", in: "query", schema: { type: "integer", minimum: 2000, maximum: 2100 } },
          { name: "q", in: "query", schema: { type: "string", maxLength: 100 }, description: "Cari judul rapat" },
          { name: "hal", in: "query", schema: { type: "integer", minimum: 1 } },
          { name: "per_halaman", in: "query", schema: { type: "integer", minimum: 1, maximum: 50 } },
        ],
        responses: {
          "200": {
            description: "Satu halaman risalah",
            content: { "application/json": { schema: { $ref: "#/components/schemas/MinutesList" } } },
          },
        },
      },
    },
    "/api/v1/risalah/{id}/pdf": {
      get: {
        tags: ["e-Risalah"],
        summary: "Unduh PDF risalah bertanda tangan (berkas tersimpan, tidak dirender ulang)",
        parameters: [
          {
            name: "id",
            in: "path",
            required: true,
            schema: { type: "string" },
            description: "Id dokumen (UUID) atau kode verifikasi (RSL-XXXX-XXXX)",
          },
          { name: "unduh", in: "query", schema: { const: "1" }, description: "Content-Disposition: attachment" },
        ],
        responses: {
          "200": {
            description: "Berkas PDF; ETag = SHA-256",
            content: { "application/pdf": { schema: { type: "string", format: "binary" } } },
          },
          "304": { description: "Tidak berubah (If-None-Match)" },
          "404": err("Tidak ada, atau risalah rapat tertutup / belum terbit"),
        },
      },
    },
    "/api/v1/verifikasi/ca": {
      get: {
        tags: ["e-Risalah"],
        summary: "Sertifikat CA organisasi (PEM), untuk dipercaya di pembaca PDF atau pdfsig",
        responses: { "200": { description: "application/x-pem-file" }, "404": err("Sertifikat CA belum ada") },
      },
    },
    "/api/v1/verifikasi": {
      post: {
        tags: ["e-Risalah"],
        summary: "Periksa keaslian berkas PDF risalah atau surat (E-Paper)",
        description:
          "Membandingkan SHA-256 berkas dengan risalah atau surat tersimpan (menurut kode RSL-/SRT-, atau tanpa kode menurut SHA-256) dan memeriksa setiap tanda tangan PAdES secara kriptografis. Dibatasi 30 pemeriksaan per 10 menit per alamat.",
        parameters: [
          {
            name: "kode",
            in: "query",
            schema: { type: "string" },
            description: "Kode verifikasi (untuk body application/pdf)",
          },
        ],
        requestBody: {
          required: true,
          content: {
            "multipart/form-data": {
              schema: {
                type: "object",
                required: ["berkas"],
                properties: { berkas: { type: "string", format: "binary" }, kode: { type: "string" } },
              },
            },
            "application/pdf": { schema: { type: "string", format: "binary" } },
          },
        },
        responses: {
          "200": {
            description: "Hasil: asli atau tidak cocok, dengan alasan",
            content: { "application/json": { schema: { $ref: "#/components/schemas/VerificationResult" } } },
          },
          "413": err(`Berkas lebih dari ${VERIFY_MAX_LABEL}`),
          "415": err("Bukan PDF atau jenis isi tidak didukung"),
          "422": err("Berkas tidak dikirim"),
          "429": err("Terlalu banyak pemeriksaan"),
        },
      },
    },
  },
  schemas: responseComponents({ MinutesList: minutesListResponseSchema, VerificationResult: verificationResultSchema }),
};
