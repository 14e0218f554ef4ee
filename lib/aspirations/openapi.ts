import { API_UPLOAD_LIMIT_TEXT, MAX_FILE_LABEL, MAX_FILES } from "@/lib/attachments/limits";
import type { OpenApiFragment } from "@/lib/openapi/document";
import { ASPIRATION_STATUSES, CHANNELS } from "./constants";

const err = (description: string) => ({ description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } });
const TAG = "SIAP — aspirasi";

/** The SIAP part of the OpenAPI document. */
export const aspirationsOpenApi: OpenApiFragment = {
  tags: [{ name: TAG, description: "Aspirasi publik: kirim, lacak, kanal WhatsApp dan email. Identitas pelapor tidak pernah ditampilkan." }],
  paths: {
    "/api/v1/aspirasi": {
      post: {
        tags: [TAG],
        summary: "Kirim aspirasi",
        description:
          "Publik: sertakan `altcha` (bukti kerja dari GET /api/v1/aspirasi/tantangan) kecuali server memakai PUBLIC_CHALLENGE=off; dibatasi per alamat IP (disimpan hanya sebagai hash). Staf dengan token API tidak perlu `altcha` dan boleh mencatat kanal telepon, tatap_muka, atau surat.",
        security: [{}, { bearerToken: [] }],
        requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/AspirasiBaru" } } } },
        responses: {
          "201": { description: "Diterima", content: { "application/json": { schema: { type: "object", required: ["trackingCode"], properties: { trackingCode: { type: "string", examples: ["ASP-7KX9-Q2MD"] } } } } } },
          "400": err("JSON tidak valid"),
          "413": err(`Berkas atau isi terlalu besar. ${API_UPLOAD_LIMIT_TEXT}`),
          "415": err("Bukan application/json, atau jenis berkas tidak diizinkan"),
          "422": err("Data tidak valid (pesan per kolom), termasuk verifikasi anti-spam"),
          "429": err("Terlalu banyak kiriman; lihat Retry-After"),
        },
      },
    },
    "/api/v1/aspirasi/tantangan": {
      get: { tags: [TAG], summary: "Tantangan ALTCHA (proof-of-work) untuk pengirim publik", responses: { "200": { description: "Objek tantangan ALTCHA v2" } } },
    },
    "/api/v1/aspirasi/{trackingCode}": {
      get: {
        tags: [TAG],
        summary: "Status dan riwayat publik satu aspirasi",
        parameters: [{ name: "trackingCode", in: "path", required: true, schema: { type: "string", examples: ["ASP-7KX9-Q2MD"] } }],
        responses: { "200": { description: "Status publik", content: { "application/json": { schema: { $ref: "#/components/schemas/AspirasiPublik" } } } }, "404": err("Kode lacak tidak ditemukan") },
      },
    },
    "/api/v1/channels/whatsapp": {
      get: { tags: [TAG], summary: "Verifikasi webhook WhatsApp Cloud API (hub.mode, hub.verify_token, hub.challenge)", responses: { "200": { description: "hub.challenge" }, "403": err("Token salah") } },
      post: { tags: [TAG], summary: "Pesan masuk WhatsApp (X-Hub-Signature-256 wajib)", responses: { "200": { description: "Diterima" }, "401": err("Tanda tangan tidak sah") } },
    },
    "/api/v1/channels/email": {
      post: {
        tags: [TAG],
        summary: "Email masuk (RFC 822 mentah) dari relai surel; Bearer EMAIL_INBOUND_SECRET",
        requestBody: { required: true, content: { "message/rfc822": {} } },
        responses: { "201": { description: "Aspirasi dibuat" }, "200": { description: "Message-ID sudah pernah diterima; tidak ada yang dibuat" }, "401": err("Rahasia salah") },
      },
    },
  },
  schemas: {
    AspirasiBaru: {
      type: "object",
      required: ["title", "body", "category", "consent"],
      properties: {
        title: { type: "string", minLength: 5, maxLength: 150 },
        body: { type: "string", minLength: 10, maxLength: 5000 },
        category: { type: "string", description: "slug, nama, atau id kategori", examples: ["infrastruktur"] },
        kelurahan: { type: "string", description: "slug, nama, atau id kelurahan; wajib kecuali citywide", examples: ["gunung-samarinda"] },
        citywide: { type: "boolean", description: "Seluruh kota" },
        address: { type: "string", maxLength: 300 },
        anonymous: { type: "boolean", description: "Anonim: nama dan kontak tidak disimpan" },
        confidential: { type: "boolean", description: "Rahasia: isi tidak pernah dipublikasikan" },
        name: { type: "string", maxLength: 120 },
        phone: { type: "string", examples: ["0812 3456 7890"] },
        email: { type: "string", format: "email" },
        consent: { type: "boolean", const: true },
        channel: { enum: [...CHANNELS], description: "Hanya staf: telepon, tatap_muka, surat" },
        altcha: { type: "string", description: "Payload ALTCHA (base64)" },
        lampiran: { type: "array", maxItems: MAX_FILES, description: API_UPLOAD_LIMIT_TEXT, items: { type: "object", properties: { name: { type: "string" }, contentBase64: { type: "string", description: `Isi berkas dalam base64 (maks. ${MAX_FILE_LABEL} sebelum base64)` } } } },
      },
    },
    AspirasiPublik: {
      type: "object",
      properties: {
        trackingCode: { type: "string" },
        title: { type: ["string", "null"], description: "null untuk aspirasi rahasia" },
        status: { enum: [...ASPIRATION_STATUSES] },
        category: { type: "string" },
        area: { type: "string" },
        routedTo: { type: "array", items: { type: "string" } },
        timeline: { type: "array", items: { type: "object", properties: { at: { type: "string", format: "date-time" }, status: { type: ["string", "null"] }, note: { type: ["string", "null"] }, by: { type: "string" } } } },
      },
    },
  },
};
