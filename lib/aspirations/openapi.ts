import { API_UPLOAD_LIMIT_TEXT } from "@/lib/attachments/limits";
import type { OpenApiFragment } from "@/lib/openapi/document";
import { requestBodySchema, responseJsonSchema } from "@/lib/openapi/zod";
import { submittedResponseSchema, trackingResponseSchema } from "./api-schema";
import { submissionSchema } from "./schema";

const err = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});
const TAG = "SIAP — aspirasi";

/** The SIAP part of the OpenAPI document. */
export const aspirationsOpenApi: OpenApiFragment = {
  tags: [
    {
      name: TAG,
      description:
        "Aspirasi publik: kirim, lacak, kanal WhatsApp dan email. Identitas pelapor tidak pernah ditampilkan.",
    },
  ],
  paths: {
    "/api/v1/aspirasi": {
      post: {
        tags: [TAG],
        summary: "Kirim aspirasi",
        description:
          "Publik: sertakan `altcha` (bukti kerja dari GET /api/v1/aspirasi/tantangan) kecuali server memakai PUBLIC_CHALLENGE=off; dibatasi per alamat IP (disimpan hanya sebagai hash). Staf dengan token API tidak perlu `altcha` dan boleh mencatat kanal telepon, tatap_muka, atau surat.",
        security: [{}, { bearerToken: [] }],
        requestBody: {
          required: true,
          content: { "application/json": { schema: { $ref: "#/components/schemas/AspirasiBaru" } } },
        },
        responses: {
          "201": {
            description: "Diterima",
            content: {
              "application/json": {
                schema: responseJsonSchema(submittedResponseSchema),
              },
            },
          },
          "400": err("JSON tidak valid"),
          "413": err(`Berkas atau isi terlalu besar. ${API_UPLOAD_LIMIT_TEXT}`),
          "415": err("Bukan application/json, atau jenis berkas tidak diizinkan"),
          "422": err("Data tidak valid (pesan per kolom), termasuk verifikasi anti-spam"),
          "429": err("Terlalu banyak kiriman; lihat Retry-After"),
        },
      },
    },
    "/api/v1/aspirasi/ekspor": {
      get: {
        tags: [TAG],
        summary:
          "Staf: ekspor daftar aspirasi terfilter (CSV; XLSX dengan format=xlsx), filter sama dengan halaman Sekretariat",
        security: [{ bearerToken: [] }],
        parameters: [{ name: "format", in: "query", schema: { enum: ["csv", "xlsx"], default: "csv" } }],
        responses: {
          "200": { description: "text/csv atau XLSX" },
          "401": err("Tanpa token atau sesi"),
          "403": err("Tidak berwenang mengekspor"),
          "422": err("Filter tidak valid"),
        },
      },
    },
    "/api/v1/aspirasi/tantangan": {
      get: {
        tags: [TAG],
        summary: "Tantangan ALTCHA (proof-of-work) untuk pengirim publik",
        responses: { "200": { description: "Objek tantangan ALTCHA v2" } },
      },
    },
    "/api/v1/aspirasi/{trackingCode}": {
      get: {
        tags: [TAG],
        summary: "Status dan riwayat publik satu aspirasi",
        parameters: [
          { name: "trackingCode", in: "path", required: true, schema: { type: "string", examples: ["ASP-7KX9-Q2MD"] } },
        ],
        responses: {
          "200": {
            description: "Status publik",
            content: { "application/json": { schema: { $ref: "#/components/schemas/AspirasiPublik" } } },
          },
          "404": err("Kode lacak tidak ditemukan"),
        },
      },
    },
    "/api/v1/channels/whatsapp": {
      get: {
        tags: [TAG],
        summary: "Verifikasi webhook WhatsApp Cloud API (hub.mode, hub.verify_token, hub.challenge)",
        responses: { "200": { description: "hub.challenge" }, "403": err("Token salah") },
      },
      post: {
        tags: [TAG],
        summary: "Pesan masuk WhatsApp (X-Hub-Signature-256 wajib)",
        responses: { "200": { description: "Diterima" }, "401": err("Tanda tangan tidak sah") },
      },
    },
    "/api/v1/channels/email": {
      post: {
        tags: [TAG],
        summary: "Email masuk (RFC 822 mentah) dari relai surel; Bearer EMAIL_INBOUND_SECRET",
        requestBody: { required: true, content: { "message/rfc822": {} } },
        responses: {
          "201": { description: "Aspirasi dibuat" },
          "200": { description: "Message-ID sudah pernah diterima; tidak ada yang dibuat" },
          "401": err("Rahasia salah"),
        },
      },
    },
  },
  schemas: {
    AspirasiBaru: requestBodySchema(submissionSchema, {
      files: { field: "lampiran" },
      extra: { altcha: { type: "string", description: "Payload ALTCHA (base64)" } },
      required: ["category", "consent"],
      notes: {
        category: { description: "slug, nama, atau id kategori", examples: ["infrastruktur"] },
        kelurahan: {
          description: "slug, nama, atau id kelurahan; wajib kecuali citywide",
          examples: ["gunung-samarinda"],
        },
        citywide: { description: "Seluruh kota" },
        anonymous: { description: "Anonim: nama dan kontak tidak disimpan" },
        confidential: { description: "Rahasia: isi tidak pernah dipublikasikan" },
        phone: { examples: ["0812 3456 7890"] },
        email: { format: "email" },
        consent: { description: "Persetujuan pemrosesan data pribadi; wajib bagi kiriman publik" },
        channel: { description: "Hanya staf: telepon, tatap_muka, surat" },
      },
    }),
    AspirasiPublik: responseJsonSchema(trackingResponseSchema),
  },
};
