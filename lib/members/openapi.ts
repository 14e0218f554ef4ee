import type { OpenApiFragment } from "@/lib/openapi/document";
import { responseComponents } from "@/lib/openapi/zod";
import { memberFiguresListSchema, memberFiguresSchema } from "./api-schema";

const err = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

/** The member-profile part of the OpenAPI document (public, no token). */
export const membersOpenApi: OpenApiFragment = {
  tags: [
    {
      name: "Anggota DPRD",
      description:
        "Profil publik anggota DPRD dan angka kinerjanya, dihitung dari data (diperbarui paling lama 5 menit sekali). Tanpa data pribadi warga.",
    },
  ],
  paths: {
    "/api/v1/anggota": {
      get: {
        tags: ["Anggota DPRD"],
        summary: "Semua anggota DPRD dengan angka kinerjanya",
        responses: {
          "200": {
            description: "Daftar anggota",
            content: { "application/json": { schema: { $ref: "#/components/schemas/AngkaAnggotaDaftar" } } },
          },
        },
      },
    },
    "/api/v1/anggota/{slug}": {
      get: {
        tags: ["Anggota DPRD"],
        summary: "Satu anggota DPRD dengan angka kinerjanya",
        parameters: [
          {
            name: "slug",
            in: "path",
            required: true,
            schema: { type: "string", pattern: "^[a-z0-9-]{1,120}$" },
            examples: { contoh: { value: "budi-santoso" } },
          },
        ],
        responses: {
          "200": {
            description: "Profil dan angka",
            content: { "application/json": { schema: { $ref: "#/components/schemas/AngkaAnggota" } } },
          },
          "404": err("Anggota tidak ditemukan"),
        },
      },
    },
    "/api/v1/reses/laporan/{id}/pdf": {
      get: {
        tags: ["Anggota DPRD"],
        summary: "PDF bertanda tangan Laporan Hasil Reses (untuk anggota penyusunnya dan staf sekretariat)",
        parameters: [
          { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } },
          { name: "unduh", in: "query", schema: { enum: ["1"] }, description: "1: sebagai lampiran unduhan" },
        ],
        responses: {
          "200": { description: "PDF (PAdES)", content: { "application/pdf": {} } },
          "304": { description: "Tidak berubah (If-None-Match)" },
          "401": err("Belum masuk"),
          "404": err("Tidak ada, belum diserahkan, atau di luar wewenang"),
        },
      },
    },
  },
  schemas: responseComponents({ AngkaAnggota: memberFiguresSchema, AngkaAnggotaDaftar: memberFiguresListSchema }),
};
