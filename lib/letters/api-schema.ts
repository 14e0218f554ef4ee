import { z } from "zod";
import { attachmentRefSchema } from "@/lib/attachments/api-schema";
import { apiTimestamp, pageOf } from "@/lib/openapi/zod";
import { DISPOSISI_STATUSES, INCOMING_STATUSES, INSTRUCTIONS, NATURES, OUTGOING_STATUSES } from "./constants";

// What the letter routes of /api/v1/surat answer. Kept apart from ./schema (the input schemas, which
// client forms import) so the browser bundle does not carry them. The DTOs in ./api.ts and
// lib/epaper/api.ts are typed by these, and lib/letters/openapi.ts documents them.

const date = (description: string, example = "2026-11-20") => z.iso.date().meta({ description, examples: [example] });

/** One incoming letter in a search result (GET /api/v1/surat/masuk). */
export const incomingSummarySchema = z.strictObject({
  id: z.uuid(),
  agendaNumber: z.string().meta({ description: "Nomor agenda surat masuk", examples: ["0012/SM/2026"] }),
  receivedOn: date("Tanggal diterima"),
  senderNumber: z.string().meta({ description: "Nomor surat dari pengirim", examples: ["005/123/BAPPEDA"] }),
  senderDate: date("Tanggal surat dari pengirim", "2026-11-18"),
  sender: z.string(),
  subject: z.string().meta({ description: "Perihal" }),
  nature: z.enum(NATURES).meta({ description: "Sifat surat" }),
  classificationCode: z.string().meta({ examples: ["000.1.5"] }),
  addressee: z.string().meta({ description: "Tujuan surat", examples: ["Ketua DPRD"] }),
  status: z.enum(INCOMING_STATUSES),
  overdue: z.boolean().meta({ description: "Ada disposisi yang belum selesai melewati tenggatnya" }),
});

/** A page of incoming letters. */
export const incomingListResponseSchema = pageOf(incomingSummarySchema);

/** One branch of a letter's disposition tree. */
export const disposisiBranchSchema = z.strictObject({
  id: z.uuid(),
  parentId: z.uuid().nullable().meta({ description: "Cabang induk; null untuk disposisi pertama" }),
  from: z.string().meta({ description: "Pemberi disposisi" }),
  to: z.string().meta({ description: "Penerima disposisi (orang, unit, atau komisi)" }),
  instructions: z.array(z.enum(INSTRUCTIONS)),
  note: z.string().nullable(),
  dueOn: date("Tenggat").nullable(),
  status: z.enum(DISPOSISI_STATUSES),
  overdue: z.boolean().meta({ description: "Belum selesai dan melewati tenggat" }),
  receivedAt: apiTimestamp().nullable(),
  closedAt: apiTimestamp().nullable(),
});

/** One incoming letter with its scans and disposition (GET /api/v1/surat/masuk/{id}). */
export const incomingDetailSchema = incomingSummarySchema.omit({ overdue: true }).extend({
  summary: z.string().nullable().meta({ description: "Ringkasan isi" }),
  registeredBy: z.string().meta({ description: "Nama staf yang mencatat" }),
  createdAt: apiTimestamp(),
  version: z.int().min(1).meta({ description: "Versi catatan (naik setiap koreksi)" }),
  scans: z.array(attachmentRefSchema).meta({ description: "Pindaian surat" }),
  disposisi: z.array(disposisiBranchSchema).meta({ description: "Cabang disposisi, urut pembuatan" }),
});

/** The answer to a registered incoming letter (POST /api/v1/surat/masuk). */
export const incomingRegisteredSchema = z.strictObject({
  id: z.uuid(),
  agendaNumber: z.string().meta({ examples: ["0012/SM/2026"] }),
  url: z.string().meta({ examples: ["/api/v1/surat/masuk/0b8f3a52-6c1e-4d2a-9f57-3c1b2a4d5e6f"] }),
});

/** One outgoing letter in a search result (GET /api/v1/surat/keluar). */
export const outgoingSummarySchema = z.strictObject({
  id: z.uuid(),
  number: z
    .string()
    .nullable()
    .meta({ description: "Nomor surat; null selama draf", examples: ["000.1.5/0123/DPRD/2026"] }),
  letterDate: date("Tanggal surat; null selama draf").nullable(),
  subject: z.string().meta({ description: "Perihal" }),
  recipients: z.string().meta({ description: "Penerima, satu per baris" }),
  nature: z.enum(NATURES).meta({ description: "Sifat surat" }),
  classificationCode: z.string().meta({ examples: ["000.1.5"] }),
  signer: z.string().meta({ description: "Penanda tangan (jabatan)" }),
  status: z.enum(OUTGOING_STATUSES),
  createdAt: apiTimestamp(),
});

/** A page of outgoing letters. */
export const outgoingListResponseSchema = pageOf(outgoingSummarySchema);

/** One outgoing letter (GET /api/v1/surat/keluar/{id}). */
export const outgoingDetailSchema = z.strictObject({
  id: z.uuid(),
  number: z.string().nullable().meta({ description: "Nomor surat; null selama draf" }),
  letterDate: date("Tanggal surat; null selama draf").nullable(),
  status: z.enum(OUTGOING_STATUSES),
  subject: z.string().meta({ description: "Perihal" }),
  recipients: z.array(z.string()).meta({ description: "Penerima" }),
  copies: z.array(z.string()).meta({ description: "Tembusan" }),
  classificationCode: z.string().meta({ examples: ["000.1.5"] }),
  nature: z.enum(NATURES).meta({ description: "Sifat surat" }),
  signer: z.string().meta({ description: "Penanda tangan (jabatan)" }),
  summary: z.string().nullable().meta({ description: "Ringkasan isi" }),
  register: z.string().meta({ description: "Register penomoran surat" }),
  replyTo: z
    .strictObject({ id: z.uuid(), agendaNumber: z.string() })
    .nullable()
    .meta({ description: "Surat masuk yang dibalas, bila pemanggil boleh melihatnya" }),
  issuedAt: apiTimestamp().nullable().meta({ description: "Waktu nomor diterbitkan" }),
  attachments: z.array(attachmentRefSchema),
});

/** The answer to a new outgoing draft (POST /api/v1/surat/keluar). */
export const outgoingDraftCreatedSchema = z.strictObject({
  id: z.uuid(),
  status: z.literal("draf").meta({ description: "Nomor terbit saat draf disetujui di aplikasi" }),
  url: z.string().meta({ examples: ["/api/v1/surat/keluar/0b8f3a52-6c1e-4d2a-9f57-3c1b2a4d5e6f"] }),
});

/** One electronically signed (E-Paper) letter (GET /api/v1/surat/keluar?status=ditandatangani). */
export const signedLetterSchema = z.strictObject({
  id: z.uuid().meta({ description: "Id surat keluar di register (seperti /api/v1/surat/keluar/{id})" }),
  number: z.string().meta({ description: "Nomor surat" }),
  verificationCode: z.string().meta({ description: "Kode di /verifikasi/{kode}", examples: ["SRT-7KX9-Q2MD"] }),
  signedAt: z.iso.datetime({ offset: true }).meta({ description: "Waktu penandatanganan" }),
  superseded: z.boolean().meta({ description: "Telah digantikan surat koreksi" }),
});

/** The signed letters the caller may see, newest first (at most 1000). */
export const signedLetterListSchema = z.strictObject({ items: z.array(signedLetterSchema) });

/**
 * A signed letter as /verifikasi and POST /api/v1/verifikasi report it (lib/epaper/verify.ts).
 * Anyone may check that a letter is genuine; a rahasia letter shows its content only to a reader
 * who may see the letter, else only code, signing time and hash.
 */
export const verifiedLetterSchema = z.strictObject({
  code: z.string().meta({ description: "Kode verifikasi", examples: ["SRT-7KX9-Q2MD"] }),
  confidential: z.boolean().meta({ description: "Surat rahasia" }),
  current: z.boolean().meta({ description: "Masih berlaku (belum digantikan surat koreksi)" }),
  signedAt: apiTimestamp(),
  sha256: z.string().meta({ description: "SHA-256 PDF bertanda tangan yang tersimpan" }),
  size: z.int().min(0).meta({ description: "Ukuran PDF dalam bita" }),
  number: z.string().nullable().meta({ description: "Nomor surat; null bila rahasia bagi pembaca" }),
  subject: z.string().nullable().meta({ description: "Perihal; null bila rahasia bagi pembaca" }),
  letterDate: z.iso.date().nullable().meta({ description: "Tanggal surat; null bila rahasia bagi pembaca" }),
  signerName: z.string().nullable().meta({ description: "Penanda tangan; null bila rahasia bagi pembaca" }),
  capacity: z.string().nullable().meta({ description: "Jabatan penanda tangan (dengan a.n./Plh. bila dilimpahkan)" }),
  replacement: z
    .strictObject({ code: z.string() })
    .nullable()
    .meta({ description: "Surat koreksi yang menggantikannya" }),
  supersedes: z
    .strictObject({ code: z.string().nullable() })
    .nullable()
    .meta({ description: "Surat yang digantikannya" }),
  correctionReason: z.string().nullable().meta({ description: "Alasan koreksi" }),
});
