import { z } from "zod";
import { attachmentRefSchema } from "@/lib/attachments/api-schema";
import { apiTimestamp } from "@/lib/openapi/zod";
import { POKIR_PRIORITIES, POKIR_SOURCES, POKIR_STATUSES } from "./constants";

// What the /api/v1/pokir routes answer; the DTOs in ./api.ts are typed by these and
// lib/pokir/openapi.ts documents them. Kept apart from ./schema, which holds the input schemas.

const trackingCode = z.string().meta({ description: "Kode lacak", examples: ["POK-7KX9-Q2MD"] });
const status = z.enum(POKIR_STATUSES);

/** The answer to a new public proposal (POST /api/v1/pokir). */
export const pokirSubmittedSchema = z.strictObject({
  trackingCode,
  url: z.string().meta({ description: "Alamat pelacakan", examples: ["/api/v1/pokir/POK-7KX9-Q2MD"] }),
});

/** Fields of one timeline entry shared by the public and the full view. */
const eventFields = {
  at: apiTimestamp(),
  kind: z.string().meta({
    description: "Jenis catatan: status, note, edit, endorse, merge, correction, reses",
    examples: ["status"],
  }),
  from: status.nullable().meta({ description: "Status sebelumnya" }),
  to: status.nullable().meta({ description: "Status sesudahnya" }),
  publicNote: z.string().nullable().meta({ description: "Catatan untuk pengusul" }),
};

/** The public tracking view (GET /api/v1/pokir/{kode} with a POK- code): no proposer identity. */
export const pokirTrackingSchema = z.strictObject({
  trackingCode,
  title: z.string(),
  status,
  statusReason: z.string().nullable().meta({ description: "Alasan bila dikembalikan atau ditolak" }),
  outcomeReason: z.string().nullable().meta({ description: "Alasan hasil RKPD/APBD" }),
  kelurahan: z.string(),
  kecamatan: z.string(),
  periodName: z.string().meta({ description: "Periode pokir", examples: ["Pokir RKPD 2027"] }),
  adopterName: z.string().nullable().meta({ description: "Anggota DPRD yang mengadopsi" }),
  createdAt: apiTimestamp(),
  timeline: z
    .array(
      z.strictObject({
        ...eventFields,
        internalNote: z.null().meta({ description: "Selalu null pada pelacakan publik" }),
        actor: z.null().meta({ description: "Selalu null pada pelacakan publik" }),
      }),
    )
    .meta({ description: "Perubahan status dan penggabungan, dengan catatan publik saja" }),
});

/**
 * The full record (GET /api/v1/pokir/{kode} with the proposal's UUID) for staff, and for members of
 * its dapil once verified: they do not get the proposer's contact, and get their reses and the lock.
 */
export const pokirProposalSchema = z.strictObject({
  id: z.uuid(),
  trackingCode,
  periodId: z.int(),
  periodName: z.string().meta({ examples: ["Pokir RKPD 2027"] }),
  source: z.enum(POKIR_SOURCES).meta({ description: "Asal usulan: warga, reses, atau aspirasi" }),
  title: z.string(),
  masalah: z.string().meta({ description: "Permasalahan" }),
  usulan: z.string().meta({ description: "Usulan kegiatan" }),
  rt: z.string(),
  rw: z.string().nullable(),
  address: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  kelurahanId: z.int(),
  kelurahan: z.string(),
  kecamatan: z.string(),
  dapilId: z.int().nullable(),
  dapil: z.string().nullable(),
  bidangId: z.int().nullable(),
  bidang: z.string().nullable().meta({ description: "Bidang urusan pemerintahan" }),
  bidangCode: z.string().nullable(),
  opdId: z.int().nullable(),
  opd: z.string().nullable().meta({ description: "OPD tujuan" }),
  volume: z.number(),
  unit: z.string().meta({ examples: ["meter"] }),
  estimatedCost: z.number().nullable().meta({ description: "Perkiraan anggaran (rupiah)" }),
  priority: z.enum(POKIR_PRIORITIES),
  status,
  statusReason: z.string().nullable(),
  adoptedBy: z.uuid().nullable().meta({ description: "Id anggota DPRD yang mengadopsi" }),
  adopterName: z.string().nullable(),
  resesId: z.uuid().nullable(),
  aspirationId: z.uuid().nullable(),
  outcomeReason: z.string().nullable(),
  sipdEntered: z.boolean().meta({ description: "Sudah diinput ke SIPD" }),
  version: z.int().min(1),
  proposerName: z.string(),
  proposerGroup: z.string().nullable(),
  proposerPhone: z.string().nullable().meta({ description: "null bagi anggota DPRD" }),
  proposerEmail: z.string().nullable().meta({ description: "null bagi anggota DPRD" }),
  createdAt: apiTimestamp(),
  timeline: z.array(
    z.strictObject({
      ...eventFields,
      internalNote: z.string().nullable().meta({ description: "Catatan internal" }),
      actor: z.string().nullable().meta({ description: "Nama pelaku" }),
    }),
  ),
  photos: z.array(attachmentRefSchema.extend({ createdAt: apiTimestamp() })),
  endorsements: z
    .array(z.strictObject({ memberId: z.uuid(), name: z.string(), at: apiTimestamp() }))
    .meta({ description: "Anggota DPRD yang mendukung" }),
  myReses: z
    .array(z.strictObject({ id: z.uuid(), heldOn: z.iso.date(), place: z.string() }))
    .optional()
    .meta({ description: "Hanya bagi anggota: reses miliknya, untuk dikaitkan" }),
  locked: z.boolean().optional().meta({ description: "Hanya bagi anggota: periode sudah difinalisasi" }),
});
