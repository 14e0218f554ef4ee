import { API_UPLOAD_LIMIT_TEXT, MAX_FILE_LABEL } from "@/lib/attachments/limits";
import type { OpenApiFragment } from "@/lib/openapi/document";
import { inboxPageSchema } from "@/lib/inbox/api-schema";
import { requestBodySchema, responseComponents } from "@/lib/openapi/zod";
import { pokirProposalSchema, pokirSubmittedSchema, pokirTrackingSchema } from "./api-schema";
import { publicProposalSchema } from "./schema";

const json = (component: string) => ({
  "application/json": { schema: { $ref: `#/components/schemas/${component}` } },
});
const err = (description: string) => ({ description, content: json("Error") });

/** The e-Pokir part of the OpenAPI document. */
export const pokirOpenApi: OpenApiFragment = {
  tags: [
    {
      name: "e-Pokir",
      description:
        "Usulan pokok-pokok pikiran DPRD dari warga. Pengajuan hanya selama periode pokir dibuka (paling lambat 7 hari sebelum Musrenbang RKPD).",
    },
  ],
  paths: {
    "/api/v1/pokir": {
      post: {
        tags: ["e-Pokir"],
        summary: "Ajukan usulan pokir (publik)",
        description:
          "Publik: wajib menyertakan `altcha` (bukti kerja ALTCHA dari GET /api/v1/aspirasi/tantangan, berlaku sekali pakai) kecuali server memakai PUBLIC_CHALLENGE=off; dibatasi per alamat IP (disimpan hanya sebagai hash). Pemanggil dengan token API tidak perlu `altcha`.",
        requestBody: {
          required: true,
          content: { "application/json": { schema: { $ref: "#/components/schemas/PokirBaru" } } },
        },
        responses: {
          "201": { description: "Diterima; header Location menunjuk pelacakannya", content: json("PokirDiterima") },
          "400": err("JSON tidak valid, atau periode pokir sedang ditutup"),
          "413": err(`Terlalu besar. ${API_UPLOAD_LIMIT_TEXT}`),
          "415": err("Bukan application/json, atau foto bukan gambar"),
          "422": err(
            "Data tidak valid atau belum lengkap (alamat, foto, volume dengan satuan), atau bukti ALTCHA tidak ada, tidak sah, kedaluwarsa, atau sudah dipakai",
          ),
          "429": err("Terlalu banyak usulan dari jaringan yang sama"),
        },
      },
    },
    "/api/v1/pokir/kotak-masuk": {
      get: {
        tags: ["e-Pokir"],
        summary: "Kotak masuk anggota: aspirasi dan pokir dapilnya serta aspirasi untuk komisinya (halaman keyset)",
        security: [{ bearerToken: [] }],
        parameters: [
          "type",
          "status",
          "kategori",
          "bidang",
          "kelurahan",
          "periode",
          "dari",
          "sampai",
          "q",
          "belum",
          "setelah",
        ].map((name) => ({ name, in: "query", schema: { type: "string" } })),
        responses: {
          "200": {
            description: "items dan nextCursor (untuk parameter setelah); header Server-Timing memuat waktu basis data",
            content: json("KotakMasuk"),
          },
          "401": err("Tanpa token atau sesi"),
          "403": err("Bukan anggota DPRD"),
        },
      },
    },
    "/api/v1/pokir/ekspor": {
      get: {
        tags: ["e-Pokir"],
        summary:
          "Ekspor pokir yang diadopsi (kolom SIPD) sebagai CSV/XLSX per dapil, anggota atau OPD, atau PDF rekapitulasi",
        security: [{ bearerToken: [] }],
        parameters: [
          { name: "periode", in: "query", required: true, schema: { type: "integer" } },
          { name: "format", in: "query", schema: { enum: ["csv", "xlsx", "pdf"] } },
          { name: "per", in: "query", schema: { enum: ["dapil", "anggota", "opd"] } },
          { name: "dapil", in: "query", schema: { type: "integer" } },
          { name: "anggota", in: "query", schema: { type: "string", format: "uuid" } },
          { name: "opd", in: "query", schema: { type: "integer" } },
        ],
        responses: {
          "200": { description: "Berkas" },
          "404": err("Periode tidak ada"),
          "422": err("Parameter tidak valid"),
          "401": err("Tanpa token atau sesi"),
          "403": err("Bukan staf"),
        },
      },
    },
    "/api/v1/pokir/{kode}": {
      get: {
        tags: ["e-Pokir"],
        summary: "Lacak usulan dengan kode POK-… (publik), atau satu usulan lengkap dengan id (staf; anggota dapilnya)",
        parameters: [
          {
            name: "kode",
            in: "path",
            required: true,
            schema: { type: "string" },
            description: "Kode lacak POK-XXXX-XXXX atau UUID",
          },
        ],
        responses: {
          "200": {
            description:
              "Dengan kode POK-…: status dan linimasa publik (PokirLacak, tanpa identitas pengusul). Dengan UUID: usulan lengkap (PokirUsulan); anggota DPRD tanpa kontak pengusul.",
            content: {
              "application/json": {
                schema: {
                  oneOf: [{ $ref: "#/components/schemas/PokirLacak" }, { $ref: "#/components/schemas/PokirUsulan" }],
                },
              },
            },
          },
          "401": err("UUID tanpa sesi atau token"),
          "404": err("Tidak ada, atau di luar dapil anggota"),
          "429": err("Terlalu banyak permintaan"),
        },
      },
    },
  },
  schemas: {
    PokirBaru: requestBodySchema(publicProposalSchema, {
      files: {
        field: "photos",
        required: true,
        description: `Foto JPG/PNG/WebP dalam base64 (maks. ${MAX_FILE_LABEL}; metadata EXIF/GPS dibuang).`,
      },
      extra: {
        altcha: {
          type: "string",
          description:
            "Bukti ALTCHA (base64 dari { challenge, solution }) atas tantangan GET /api/v1/aspirasi/tantangan; wajib bagi pemanggil publik kecuali PUBLIC_CHALLENGE=off",
        },
      },
      notes: {
        opdId: {
          description:
            "OPD tujuan (opsional, harus OPD aktif). Bila kosong dipakai OPD bawaan bidang. OPD yang tidak aktif ditolak dengan 422.",
        },
        unit: { examples: ["meter", "unit", "paket"] },
        estimatedCost: { description: "Rupiah" },
        proposerPhone: { description: "WhatsApp; nomor telepon atau email wajib salah satu" },
        proposerEmail: { format: "email" },
        consent: { description: "Persetujuan pemrosesan data pribadi (UU 27/2022)" },
      },
    }),
    ...responseComponents({
      PokirDiterima: pokirSubmittedSchema,
      PokirLacak: pokirTrackingSchema,
      PokirUsulan: pokirProposalSchema,
      KotakMasuk: inboxPageSchema,
    }),
  },
};
