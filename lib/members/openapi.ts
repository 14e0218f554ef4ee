import type { OpenApiFragment } from "@/lib/openapi/document";

const err = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});
const int = { type: "integer", minimum: 0 };
const attendance = {
  type: "object",
  required: ["present", "excused", "absent", "unrecorded", "total"],
  properties: {
    present: int,
    excused: int,
    absent: int,
    unrecorded: int,
    total: { ...int, description: "Penyebut: rapat dengan risalah final" },
  },
};
const range = {
  type: "object",
  properties: {
    from: { type: "string", format: "date" },
    to: { type: "string", format: "date" },
    label: { type: "string" },
  },
};

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
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  properties: { items: { type: "array", items: { $ref: "#/components/schemas/AngkaAnggota" } } },
                },
              },
            },
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
  schemas: {
    AngkaAnggota: {
      type: "object",
      required: ["member", "asOf", "attendance", "aspirations", "pokir", "reses"],
      properties: {
        member: {
          type: "object",
          properties: {
            slug: { type: "string" },
            name: { type: "string" },
            position: { type: ["string", "null"] },
            dapil: { type: ["object", "null"], properties: { number: int, name: { type: "string" } } },
            kecamatan: { type: "array", items: { type: "string" } },
            komisi: { type: ["string", "null"] },
            fraksi: { type: ["string", "null"] },
          },
        },
        bodies: { type: "array", items: { type: "string" }, description: "Badan selain komisi" },
        asOf: { type: "string", format: "date" },
        attendance: {
          type: "object",
          properties: {
            year: range,
            masaSidang: range,
            all: { type: "object", properties: { year: attendance, masaSidang: attendance } },
            byType: {
              type: "array",
              items: {
                type: "object",
                properties: { type: { type: "string" }, year: attendance, masaSidang: attendance },
              },
            },
          },
        },
        aspirations: {
          type: "object",
          properties: {
            since: { type: "string", format: "date" },
            routed: { ...int, description: "Penyebut: diteruskan ke dapil/komisi anggota (termasuk rahasia)" },
            answered: { ...int, description: "Dijawab anggota (dari routed)" },
            medianAnswerDays: { type: ["number", "null"], description: "Median hari kerja sampai jawaban pertama" },
            answeredWithin5: { ...int, description: "Dijawab ≤ 5 hari kerja (dari answered)" },
          },
        },
        pokir: {
          type: "array",
          items: {
            type: "object",
            properties: {
              planYear: int,
              period: { type: "string" },
              adopted: int,
              adoptedValue: int,
              decided: int,
              takenUp: int,
              takenUpValue: int,
            },
          },
        },
        reses: {
          type: "object",
          properties: {
            total: int,
            attendees: int,
            events: {
              type: "array",
              items: {
                type: "object",
                properties: {
                  heldOn: { type: "string", format: "date" },
                  place: { type: "string" },
                  kelurahan: { type: "string" },
                  attendees: int,
                  pokir: int,
                },
              },
            },
          },
        },
      },
    },
  },
};
