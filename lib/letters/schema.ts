import { z } from "zod";
import { localDate } from "@/lib/calendar/working-days";
import { checkbox, fieldErrorsOf, optionalIdNumber, optionalText, requiredText, UUID_PATTERN } from "@/lib/validation";
import { INCOMING_STATUSES, INSTRUCTIONS, NATURES, OUTGOING_STATUSES, RETENTION_DECISIONS } from "./constants";
import { MAX_WIDTH, MIN_WIDTH, validateNumberFormat, validateUnitCode } from "./number-format";

/** Permendagri 83/2022 codes: three digits, then up to four dotted parts (000.1.5, 400.14.6). */
export const CLASSIFICATION_CODE = /^\d{3}(\.\d{1,3}){0,4}$/;
const CODE_MESSAGE =
  "Kode klasifikasi tidak valid. Gunakan format seperti 000.1.5 (tiga angka, lalu bagian yang dipisah titik).";

function isRealDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s && s >= "1900-01-01" && s <= "2100-12-31";
}

/** A required date (YYYY-MM-DD, as sent by <input type="date">). */
export function dateField(label: string) {
  return z
    .string({ error: `${label} wajib diisi.` })
    .trim()
    .min(1, `${label} wajib diisi.`)
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label} tidak valid (gunakan format TTTT-BB-HH).`)
    .refine(isRealDate, `${label} bukan tanggal yang sah.`);
}

/** An optional date: "" or missing becomes undefined. */
export function optionalDateField(label: string) {
  return z
    .string({ error: `${label} tidak valid.` })
    .optional()
    .nullable()
    .transform((v) => (v == null || v.trim() === "" ? undefined : v.trim()))
    .pipe(dateField(label).optional());
}

/** A classification code typed or picked by the user. */
export const classificationCodeField = z
  .string({ error: "Kode klasifikasi wajib diisi." })
  .trim()
  .min(1, "Kode klasifikasi wajib diisi.")
  .max(30, CODE_MESSAGE)
  .regex(CLASSIFICATION_CODE, CODE_MESSAGE);

const optionalUuid = (label: string) =>
  z
    .string({ error: `${label} tidak valid.` })
    .optional()
    .nullable()
    .transform((v) => (v == null || v.trim() === "" ? undefined : v.trim()))
    .pipe(z.uuid(`${label} tidak valid.`).optional());

const natureField = z.enum(NATURES, { error: "Pilih sifat surat: biasa, penting, segera, atau rahasia." });
const notFuture = (label: string) => (v: string) => v <= localDate(new Date()) || `${label} tidak boleh di masa depan.`;

const incomingFields = z.object({
  receivedOn: dateField("Tanggal diterima"),
  senderNumber: requiredText("Nomor surat pengirim", { max: 100 }),
  senderDate: dateField("Tanggal surat"),
  sender: requiredText("Pengirim", { min: 2, max: 200 }),
  subject: requiredText("Perihal", { min: 3, max: 500 }),
  nature: natureField,
  classificationCode: classificationCodeField,
  summary: optionalText("Ringkasan", 2000),
  addressee: requiredText("Tujuan surat", { min: 2, max: 150 }),
  addresseeUserId: optionalUuid("Akun tujuan"),
});

type IncomingFields = z.output<typeof incomingFields>;

function incomingDates(v: IncomingFields, ctx: z.RefinementCtx) {
  for (const [key, label] of [
    ["receivedOn", "Tanggal diterima"],
    ["senderDate", "Tanggal surat"],
  ] as const) {
    const r = notFuture(label)(v[key]);
    if (r !== true) ctx.addIssue({ code: "custom", path: [key], message: r });
  }
  if (v.receivedOn < v.senderDate) {
    ctx.addIssue({
      code: "custom",
      path: ["receivedOn"],
      message: "Tanggal diterima tidak boleh sebelum tanggal surat.",
    });
  }
}

/** Registering an incoming letter (form, API and seed). */
export const incomingLetterSchema = incomingFields.superRefine(incomingDates);
export type IncomingLetterInput = z.output<typeof incomingLetterSchema>;

const reasonField = requiredText("Alasan", { min: 5, max: 500 });

/** Correcting an incoming letter: the same fields plus the reason, kept in the history. */
export const incomingCorrectionSchema = incomingFields.extend({ reason: reasonField }).superRefine(incomingDates);

const lines = (label: string, max: number, maxLines: number) =>
  requiredText(label, { max }).refine(
    (v) => v.split("\n").filter((l) => l.trim()).length <= maxLines,
    `${label} paling banyak ${maxLines} baris.`,
  );

const outgoingFields = {
  subject: requiredText("Perihal", { min: 3, max: 500 }),
  recipients: lines("Penerima", 2000, 30),
  copies: optionalText("Tembusan", 2000),
  nature: natureField,
  signer: requiredText("Penanda tangan", { min: 3, max: 150 }),
  summary: optionalText("Ringkasan", 2000),
  replyToAgenda: optionalText("Nomor agenda surat yang dibalas", 60),
};

/** An outgoing letter draft. */
export const outgoingDraftSchema = z.object({
  ...outgoingFields,
  classificationCode: classificationCodeField,
  registerId: optionalIdNumber("Register"),
});
export type OutgoingDraftInput = z.output<typeof outgoingDraftSchema>;

/** What every edit of an outgoing letter carries; whether it is a draft edit or a correction (and so which rest applies) depends on the letter's state, checked by the service. */
export const outgoingEditSchema = z.object(outgoingFields);

/** Correcting an issued outgoing letter (number and classification stay). */
export const outgoingCorrectionSchema = z.object({ ...outgoingFields, reason: reasonField });

/** Recording a letter that was signed on paper with a reserved number. */
export const reservedLetterSchema = z.object({ ...outgoingFields, letterDate: dateField("Tanggal surat") });

/** Reserving one number or a block for paper signing. */
export const reservationSchema = z.object({
  registerId: optionalIdNumber("Register"),
  count: z.coerce
    .number({ error: "Jumlah nomor harus berupa angka." })
    .int("Jumlah nomor harus bilangan bulat.")
    .min(1, "Jumlah nomor minimal 1.")
    .max(50, "Paling banyak 50 nomor sekaligus."),
  reservedFor: requiredText("Keperluan", { min: 5, max: 300 }),
  classificationCode: classificationCodeField,
  letterDate: optionalDateField("Tanggal surat"),
});

export const cancelSchema = z.object({ reason: reasonField });

/** One recipient of a disposition with its own instructions, note and due date. */
export const disposisiRecipientSchema = z.object({
  key: z
    .string({ error: "Penerima tidak valid." })
    .regex(new RegExp(`^(user:${UUID_PATTERN}|unit:.{1,120}|komisi:\\d{1,9})$`, "i"), "Penerima tidak valid."),
  instructions: z
    .array(z.enum(INSTRUCTIONS, { error: "Instruksi tidak dikenal." }), { error: "Pilih minimal satu instruksi." })
    .min(1, "Pilih minimal satu instruksi.")
    .max(INSTRUCTIONS.length),
  note: optionalText("Catatan", 1000),
  dueOn: optionalDateField("Batas waktu").refine(
    (v) => v === undefined || v >= localDate(new Date()),
    "Batas waktu tidak boleh sebelum hari ini.",
  ),
});

/** A disposition to one or more recipients at once. */
export const disposisiSchema = z.object({
  fromLabel: optionalText("Disposisi dari", 150),
  recipients: z
    .array(disposisiRecipientSchema, { error: "Pilih minimal satu penerima." })
    .min(1, "Pilih minimal satu penerima.")
    .max(30, "Paling banyak 30 penerima sekaligus.")
    .refine((r) => new Set(r.map((x) => x.key)).size === r.length, "Penerima yang sama dipilih lebih dari sekali."),
});
export type DisposisiInput = z.output<typeof disposisiSchema>;

/** A recipient's follow-up report; `close` closes their branch. */
export const disposisiReportSchema = z.object({
  note: requiredText("Laporan tindak lanjut", { min: 3, max: 2000 }),
  close: checkbox(),
});

/** Number-format settings of a register. */
export const registerSettingsSchema = z
  .object({
    name: requiredText("Nama register", { min: 3, max: 120 }),
    numberFormat: requiredText("Format nomor", { max: 100 }),
    numberWidth: z.coerce
      .number({ error: "Lebar nomor urut harus angka." })
      .int("Lebar nomor urut harus bilangan bulat.")
      .min(MIN_WIDTH, `Lebar nomor urut minimal ${MIN_WIDTH}.`)
      .max(MAX_WIDTH, `Lebar nomor urut maksimal ${MAX_WIDTH}.`),
    unitCode: requiredText("Kode unit", { max: 30 }),
    isActive: checkbox(),
  })
  .superRefine((v, ctx) => {
    for (const m of validateNumberFormat(v.numberFormat))
      ctx.addIssue({ code: "custom", path: ["numberFormat"], message: m });
    for (const m of validateUnitCode(v.unitCode)) ctx.addIssue({ code: "custom", path: ["unitCode"], message: m });
  });

/** A new register (direction chosen once). */
export const newRegisterSchema = registerSettingsSchema.and(
  z.object({
    code: z
      .string({ error: "Kode register wajib diisi." })
      .trim()
      .regex(/^[a-z0-9-]{2,30}$/, "Kode register 2–30 karakter: huruf kecil, angka, atau tanda hubung."),
    direction: z.enum(["masuk", "keluar"], { error: "Pilih jenis register: masuk atau keluar." }),
  }),
);

const years = (label: string) =>
  z
    .union([z.string(), z.number()], { error: `${label} harus angka.` })
    .optional()
    .nullable()
    .transform((v) => (v === "" || v == null ? undefined : Number(v)))
    .pipe(
      z
        .number({ error: `${label} harus angka.` })
        .int(`${label} harus bilangan bulat.`)
        .min(0, `${label} tidak boleh negatif.`)
        .max(100, `${label} maksimal 100 tahun.`)
        .optional(),
    );

/** Adding or correcting a classification code with its retention years. */
export const classificationSchema = z.object({
  title: requiredText("Uraian", { min: 3, max: 200 }),
  retentionActiveYears: years("Retensi aktif"),
  retentionInactiveYears: years("Retensi inaktif"),
  isActive: checkbox(),
});
export const newClassificationSchema = classificationSchema.extend({ code: classificationCodeField });

export const retentionReviewSchema = z.object({
  decision: z.enum(RETENTION_DECISIONS, { error: "Pilih keputusan peninjauan." }),
  note: optionalText("Catatan", 1000),
});

/** Filters of the letter lists (pages pass raw search params; the API rejects bad ones). */
export const listQuerySchema = z.object({
  q: optionalText("Kata kunci", 200),
  dari: optionalDateField("Tanggal awal"),
  sampai: optionalDateField("Tanggal akhir"),
  klasifikasi: z
    .string()
    .optional()
    .transform((v) => (v == null || v.trim() === "" ? undefined : v.trim()))
    .pipe(classificationCodeField.optional()),
  sifat: z
    .union([z.enum(NATURES), z.literal("")], { error: "Sifat tidak dikenal." })
    .optional()
    .transform((v) => v || undefined),
  status: z
    .union([z.enum([...INCOMING_STATUSES, ...OUTGOING_STATUSES]), z.literal("")], { error: "Status tidak dikenal." })
    .optional()
    .transform((v) => v || undefined),
  hal: z.coerce.number().int().min(1).max(100000).optional().catch(undefined),
});
export type ListQuery = z.output<typeof listQuerySchema>;

/**
 * Parse list filters leniently for pages: invalid values are dropped and reported. Also returns the
 * raw values (to show in the form) and a link builder for other pages of the same search.
 */
export function parseListQuery(raw: Record<string, string | string[] | undefined>, basePath = "") {
  const flat = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const pageHref = (p: number) =>
    `${basePath}?${new URLSearchParams({ ...(Object.fromEntries(Object.entries(flat).filter(([k, v]) => v && k !== "hal")) as Record<string, string>), hal: String(p) })}`;
  const r = listQuerySchema.safeParse(flat);
  if (r.success) return { query: r.data, errors: {} as Record<string, string[]>, values: flat, pageHref };
  const errors = fieldErrorsOf(r.error);
  const clean = Object.fromEntries(Object.entries(flat).filter(([k]) => !(k in errors)));
  return { query: listQuerySchema.parse(clean), errors, values: flat, pageHref };
}
