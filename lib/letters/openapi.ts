import { API_UPLOAD_LIMIT_TEXT, MAX_FILE_LABEL } from "@/lib/attachments/limits";
import type { OpenApiFragment } from "@/lib/openapi/document";
import { requestBodySchema, responseComponents } from "@/lib/openapi/zod";
import {
  incomingDetailSchema,
  incomingListResponseSchema,
  incomingRegisteredSchema,
  incomingSummarySchema,
  outgoingDetailSchema,
  outgoingDraftCreatedSchema,
  outgoingListResponseSchema,
  outgoingSummarySchema,
  signedLetterListSchema,
  signedLetterSchema,
} from "./api-schema";
import { incomingLetterSchema, outgoingDraftSchema } from "./schema";
import { INCOMING_STATUSES, NATURES, OUTGOING_STATUSES } from "./constants";

const err = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});
const security = [{ bearerToken: [] }];
const date = { type: "string", format: "date", examples: ["2026-11-20"] };
const listParams = [
  {
    name: "q",
    in: "query",
    schema: { type: "string", maxLength: 200 },
    description: "Pencarian teks penuh (bahasa Indonesia) atas perihal, pengirim/penerima, dan nomor",
  },
  {
    name: "dari",
    in: "query",
    schema: date,
    description: "Tanggal awal (diterima untuk surat masuk, tanggal surat untuk surat keluar)",
  },
  { name: "sampai", in: "query", schema: date },
  {
    name: "klasifikasi",
    in: "query",
    schema: { type: "string", examples: ["000.1"] },
    description: "Kode klasifikasi; termasuk sub-kodenya",
  },
  { name: "sifat", in: "query", schema: { enum: [...NATURES] } },
  { name: "status", in: "query", schema: { enum: [...INCOMING_STATUSES, ...OUTGOING_STATUSES] } },
  { name: "hal", in: "query", schema: { type: "integer", minimum: 1 }, description: "Halaman (25 per halaman)" },
];
const idParam = [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }];
const json = (component: string) => ({
  "application/json": { schema: { $ref: `#/components/schemas/${component}` } },
});
const refusals = {
  "401": err("Tanpa token atau sesi"),
  "403": err("Bukan staf, atau token baca saja untuk operasi tulis"),
};

/** The Register surat part of the OpenAPI document. */
export const lettersOpenApi: OpenApiFragment = {
  tags: [
    {
      name: "Register surat",
      description:
        "Surat masuk dan keluar. Khusus staf; mesin (mis. stasiun pemindai) memakai token API pribadi berlingkup baca atau tulis. Surat rahasia di luar wewenang pemanggil selalu 404.",
    },
  ],
  paths: {
    "/api/v1/surat/masuk": {
      get: {
        tags: ["Register surat"],
        summary: "Cari surat masuk",
        security,
        parameters: listParams,
        responses: {
          "200": {
            description: "Daftar surat masuk",
            content: json("SuratMasukDaftar"),
          },
          "422": err("Parameter tidak valid"),
          ...refusals,
        },
      },
      post: {
        tags: ["Register surat"],
        summary: "Catat surat masuk (nomor agenda berikutnya, tanpa celah per tahun)",
        security,
        requestBody: {
          required: true,
          content: { "application/json": { schema: { $ref: "#/components/schemas/SuratMasukBaru" } } },
        },
        responses: {
          "201": { description: "Tercatat; header Location menunjuk surat itu", content: json("SuratMasukTercatat") },
          "400": err("JSON tidak valid"),
          "413": err(`Berkas atau isi terlalu besar. ${API_UPLOAD_LIMIT_TEXT}`),
          "415": err("Bukan application/json, atau jenis berkas tidak diizinkan"),
          "422": err("Data tidak valid (pesan per kolom)"),
          ...refusals,
        },
      },
    },
    "/api/v1/surat/masuk/{id}": {
      get: {
        tags: ["Register surat"],
        summary: "Satu surat masuk dengan pindaian dan disposisinya",
        security,
        parameters: idParam,
        responses: {
          "200": {
            description: "Surat masuk",
            content: json("SuratMasuk"),
          },
          "404": err("Tidak ada, atau di luar wewenang (surat rahasia)"),
          ...refusals,
        },
      },
    },
    "/api/v1/surat/masuk/{id}/lembar-disposisi": {
      get: {
        tags: ["Register surat"],
        summary: "Lembar disposisi (PDF)",
        security,
        parameters: idParam,
        responses: {
          "200": { description: "PDF", content: { "application/pdf": {} } },
          "404": err("Tidak ada atau di luar wewenang"),
          "401": err("Tanpa token atau sesi"),
        },
      },
    },
    "/api/v1/surat/keluar": {
      get: {
        tags: ["Register surat"],
        summary: "Cari surat keluar; dengan status=ditandatangani: surat bertanda tangan elektronik (E-Paper)",
        security,
        parameters: [
          ...listParams,
          {
            name: "status",
            in: "query",
            schema: { enum: ["ditandatangani"] },
            description:
              "ditandatangani: daftar surat E-Paper bertanda tangan elektronik ({ items: SuratBertandaTangan[] })",
          },
        ],
        responses: {
          "200": {
            description: "Daftar surat keluar, atau surat bertanda tangan bila status=ditandatangani",
            content: {
              "application/json": {
                schema: {
                  oneOf: [
                    { $ref: "#/components/schemas/SuratKeluarDaftar" },
                    { $ref: "#/components/schemas/SuratBertandaTanganDaftar" },
                  ],
                },
              },
            },
          },
          "422": err("Parameter tidak valid"),
          ...refusals,
        },
      },
      post: {
        tags: ["Register surat"],
        summary: "Buat draf surat keluar (nomor terbit saat disetujui di aplikasi)",
        security,
        requestBody: {
          required: true,
          content: { "application/json": { schema: { $ref: "#/components/schemas/SuratKeluarBaru" } } },
        },
        responses: {
          "201": {
            description: "Draf tersimpan; header Location menunjuk surat itu",
            content: json("SuratKeluarDraf"),
          },
          "400": err("JSON tidak valid"),
          "413": err(`Terlalu besar. ${API_UPLOAD_LIMIT_TEXT}`),
          "415": err("Jenis tidak didukung"),
          "422": err("Data tidak valid"),
          ...refusals,
        },
      },
    },
    "/api/v1/surat/keluar/{id}/pdf": {
      get: {
        tags: ["Register surat"],
        summary: "PDF bertanda tangan elektronik sebuah surat keluar (bita tersimpan; ETag = SHA-256)",
        security,
        parameters: [
          ...idParam,
          { name: "unduh", in: "query", schema: { enum: ["1"] }, description: "1: sebagai lampiran unduhan" },
        ],
        responses: {
          "200": { description: "PDF", content: { "application/pdf": {} } },
          "304": { description: "Tidak berubah (If-None-Match)" },
          "404": err("Tidak ada, belum ditandatangani, atau di luar wewenang"),
          ...refusals,
        },
      },
    },
    "/api/v1/surat/keluar/{id}/pratinjau": {
      get: {
        tags: ["Register surat"],
        summary:
          "Pratinjau PDF draf surat E-Paper (tanpa nomor dan tanda tangan), untuk penanda tangan dan rantai paraf",
        security,
        parameters: idParam,
        responses: {
          "200": { description: "PDF pratinjau", content: { "application/pdf": {} } },
          "404": err("Tidak ada atau di luar wewenang"),
          ...refusals,
        },
      },
    },
    "/api/v1/surat/keluar/{id}": {
      get: {
        tags: ["Register surat"],
        summary: "Satu surat keluar",
        security,
        parameters: idParam,
        responses: {
          "200": { description: "Surat keluar", content: json("SuratKeluar") },
          "404": err("Tidak ada atau di luar wewenang"),
          ...refusals,
        },
      },
    },
    "/api/v1/surat/agenda": {
      get: {
        tags: ["Register surat"],
        summary: "Buku agenda untuk rentang tanggal (XLSX atau PDF)",
        security,
        parameters: [
          { name: "jenis", in: "query", required: true, schema: { enum: ["masuk", "keluar"] } },
          { name: "dari", in: "query", required: true, schema: date },
          { name: "sampai", in: "query", required: true, schema: date },
          { name: "format", in: "query", schema: { enum: ["xlsx", "pdf"], default: "xlsx" } },
        ],
        responses: {
          "200": {
            description: "Berkas buku agenda",
            content: { "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {}, "application/pdf": {} },
          },
          "422": err("Parameter tidak valid"),
          ...refusals,
        },
      },
    },
  },
  schemas: {
    SuratMasukBaru: requestBodySchema(incomingLetterSchema, {
      files: { field: "scans", description: `Pindaian surat (PDF, JPG, PNG, WebP; maks. ${MAX_FILE_LABEL}).` },
      notes: {
        receivedOn: {
          description: "Tanggal diterima; tidak boleh sebelum tanggal surat atau di masa depan",
          examples: ["2026-11-20"],
        },
        senderDate: { examples: ["2026-11-18"] },
        classificationCode: { examples: ["000.1.5"] },
        addressee: { examples: ["Ketua DPRD"] },
        addresseeUserId: { format: "uuid" },
      },
    }),
    SuratKeluarBaru: requestBodySchema(outgoingDraftSchema, {
      files: { field: "lampiran", description: `Lampiran (PDF, JPG, PNG, WebP; maks. ${MAX_FILE_LABEL}).` },
      notes: {
        recipients: { description: "Satu penerima per baris" },
        replyToAgenda: { description: "Nomor agenda surat masuk yang dibalas" },
      },
    }),
    ...responseComponents({
      SuratMasukRingkas: incomingSummarySchema,
      SuratMasukDaftar: incomingListResponseSchema,
      SuratMasuk: incomingDetailSchema,
      SuratMasukTercatat: incomingRegisteredSchema,
      SuratKeluarRingkas: outgoingSummarySchema,
      SuratKeluarDaftar: outgoingListResponseSchema,
      SuratKeluar: outgoingDetailSchema,
      SuratKeluarDraf: outgoingDraftCreatedSchema,
      SuratBertandaTangan: signedLetterSchema,
      SuratBertandaTanganDaftar: signedLetterListSchema,
    }),
  },
};
