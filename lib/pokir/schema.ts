import { z } from "zod";
import { checkbox, idNumber, optionalIdNumber, optionalText, requiredText } from "@/lib/validation";
import { POKIR_PRIORITIES } from "./constants";

/** A decimal number typed by a person ("1.500,5" or "1500.5"); "" becomes undefined. */
function decimal(label: string, opts: { required: boolean; positive?: boolean; max: number; min?: number }) {
  return z
    .union([z.string(), z.number()], { error: `${label} tidak valid.` })
    .optional()
    .nullable()
    .transform((v, ctx) => {
      if (v == null || (typeof v === "string" && v.trim() === "")) {
        if (opts.required) ctx.addIssue({ code: "custom", message: `${label} wajib diisi.` });
        return undefined;
      }
      let n: number;
      if (typeof v === "number") n = v;
      else {
        const s = v.trim().replace(/\s|rp\.?/gi, "");
        // Indonesian notation: dots group thousands, a comma is the decimal separator.
        const norm = /,/.test(s)
          ? s.replace(/\./g, "").replace(",", ".")
          : /^\d{1,3}(\.\d{3})+$/.test(s)
            ? s.replace(/\./g, "")
            : s;
        n = /^-?\d+(\.\d+)?$/.test(norm) ? Number(norm) : Number.NaN;
      }
      if (!Number.isFinite(n)) ctx.addIssue({ code: "custom", message: `${label} harus berupa angka.` });
      else if (opts.min === undefined && n < 0)
        ctx.addIssue({ code: "custom", message: `${label} tidak boleh negatif.` });
      else if (opts.min !== undefined && n < opts.min)
        ctx.addIssue({ code: "custom", message: `${label} minimal ${opts.min}.` });
      else if (opts.positive && n === 0) ctx.addIssue({ code: "custom", message: `${label} harus lebih dari nol.` });
      else if (n > opts.max) ctx.addIssue({ code: "custom", message: `${label} terlalu besar.` });
      return n;
    });
}

const phone = optionalText("Nomor WhatsApp/telepon", 20).refine(
  (v) => v === undefined || /^\+?[0-9 ()-]{8,20}$/.test(v),
  {
    message: "Nomor WhatsApp/telepon tidak valid (contoh 0812 3456 7890).",
  },
);
const email = optionalText("Email", 200).refine((v) => v === undefined || z.email().safeParse(v).success, {
  message: "Alamat email tidak valid.",
});
/** Balikpapan lies south of the equator (about −1.2°): coordinates are signed, checked against the globe's range. */
const coordinate = (label: string, limit: number) =>
  decimal(label, { required: false, min: -1000, max: 1000 }).refine((v) => v === undefined || Math.abs(v) <= limit, {
    message: `${label} harus antara −${limit} dan ${limit}.`,
  });

/** Rough bounding box of Kota Balikpapan, to warn (not refuse) about a point typed elsewhere. */
export { BALIKPAPAN_BBOX, inBalikpapan } from "./geo";

/** The content of a proposal (location, need, volume, cost) shared by every way of entering one. */
export const proposalContentSchema = z.object({
  title: requiredText("Judul usulan", { min: 5, max: 200 }),
  masalah: requiredText("Permasalahan", { min: 10, max: 4000 }),
  usulan: requiredText("Usulan kegiatan", { min: 10, max: 4000 }),
  kelurahanId: idNumber("Kelurahan"),
  rt: requiredText("RT", { max: 10 }),
  rw: optionalText("RW", 10),
  address: requiredText("Alamat lokasi", { min: 5, max: 300 }),
  latitude: coordinate("Lintang", 90),
  longitude: coordinate("Bujur", 180),
  bidangId: optionalIdNumber("Bidang"),
  volume: decimal("Volume", { required: true, positive: true, max: 1e11 }),
  unit: requiredText("Satuan", { max: 40 }),
  estimatedCost: decimal("Perkiraan anggaran", { required: false, max: 1e14 }),
  priority: z.enum(POKIR_PRIORITIES, { error: "Prioritas tidak valid." }).optional().default("sedang"),
});

/** A citizen's public proposal: content plus who proposes it, a contact and consent. */
export const publicProposalSchema = proposalContentSchema
  .extend({
    proposerName: requiredText("Nama pengusul", { min: 2, max: 120 }),
    proposerGroup: optionalText("Kelompok/organisasi", 160),
    /** Optional: the citizen's own choice of OPD; otherwise the bidang's default OPD is used. */
    opdId: optionalIdNumber("OPD tujuan"),
    proposerPhone: phone,
    proposerEmail: email,
    consent: checkbox().refine((v) => v, { message: "Persetujuan pemrosesan data pribadi wajib dicentang." }),
  })
  .refine((v) => v.proposerPhone || v.proposerEmail, {
    message: "Isi nomor WhatsApp atau email agar kami dapat mengabari Anda.",
    path: ["proposerPhone"],
  });
export type PublicProposalInput = z.input<typeof publicProposalSchema>;

/** A member's entry (from a reses or an aspiration): the proposer may be the community they met. */
export const memberProposalSchema = proposalContentSchema.extend({
  proposerName: optionalText("Nama pengusul", 120),
  proposerGroup: optionalText("Kelompok/organisasi", 160),
});

/** A pokir period as the admin enters it (dates in WITA, yyyy-mm-dd). */
export const periodSchema = z.object({
  planYear: z.coerce
    .number({ error: "Tahun rencana tidak valid." })
    .int("Tahun rencana tidak valid.")
    .min(2020, "Tahun rencana tidak valid.")
    .max(2100, "Tahun rencana tidak valid."),
  name: requiredText("Nama periode", { max: 120 }),
  opensOn: z.iso.date({ error: "Tanggal buka tidak valid." }),
  closesOn: z.iso.date({ error: "Tanggal tutup tidak valid." }),
  musrenbangOn: z.iso.date({ error: "Tanggal Musrenbang tidak valid." }),
});

export const reasonSchema = z.object({ reason: requiredText("Alasan", { min: 5, max: 2000 }) });
export const optionalNoteSchema = z.object({ note: optionalText("Catatan", 2000) });
export const noteSchema = z.object({ note: requiredText("Catatan", { min: 2, max: 2000 }) });

export const classifySchema = z.object({
  bidangId: optionalIdNumber("Bidang"),
  opdId: optionalIdNumber("OPD tujuan"),
});

export const outcomeSchema = z.object({
  outcome: z.enum(["diakomodir", "tidak_diakomodir"], { error: "Pilih hasil: diakomodir atau tidak diakomodir." }),
  reason: optionalText("Keterangan", 2000),
});

export const mergeSchema = z.object({
  targetId: z.uuid({ error: "Usulan tujuan tidak valid." }),
  reason: optionalText("Alasan", 1000),
});

export const paguSchema = z.object({
  memberId: z.uuid({ error: "Anggota tidak valid." }),
  amount: decimal("Pagu", { required: true, max: 1e14 }),
});

export const resesSchema = z.object({
  heldOn: z.iso.date({ error: "Tanggal reses tidak valid." }),
  place: requiredText("Tempat", { min: 3, max: 200 }),
  kelurahanId: idNumber("Kelurahan"),
  attendees: z.coerce
    .number({ error: "Jumlah peserta tidak valid." })
    .int("Jumlah peserta tidak valid.")
    .min(0, "Jumlah peserta tidak boleh negatif.")
    .max(100000, "Jumlah peserta terlalu besar."),
  notes: optionalText("Catatan", 4000),
});

/** A tracking code in a public form (the correction-link resend). */
export const trackingCodeSchema = z.object({
  kode: z
    .string({ error: "Kode pelacakan wajib diisi." })
    .trim()
    .min(1, "Kode pelacakan wajib diisi.")
    .max(40, "Kode pelacakan tidak valid."),
});

/** Linking an adopted proposal to one of the member's reses records. */
export const attachResesSchema = z.object({ resesId: z.uuid({ error: "Pilih salah satu catatan reses Anda." }) });
