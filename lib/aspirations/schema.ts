import { z } from "zod";
import { checkbox, filterId, optionalText, requiredText } from "@/lib/validation";
import { ASPIRATION_STATUSES, CHANNELS, EXTERNAL_AGENCIES, STAFF_CHANNELS, type AspirationChannel } from "./constants";

/** Normalise an Indonesian phone/WhatsApp number to international digits (62…), or null if invalid. */
export function normalizePhone(input: string): string | null {
  const digits = input.replace(/[\s().-]/g, "");
  if (!/^\+?\d{8,16}$/.test(digits)) return null;
  let d = digits.replace(/^\+/, "");
  if (d.startsWith("0")) d = `62${d.slice(1)}`;
  else if (d.startsWith("8")) d = `62${d}`;
  if (d.length < 10 || d.length > 15) return null;
  // Indonesian numbers become 62…; other international numbers (WhatsApp senders abroad) stay as they are.
  return /^[1-9]/.test(d) ? d : null;
}

const phoneField = optionalText("Nomor telepon/WhatsApp", 30).transform((v, ctx) => {
  if (v === undefined) return undefined;
  const p = normalizePhone(v);
  if (!p) {
    ctx.addIssue({ code: "custom", message: "Nomor telepon/WhatsApp tidak valid. Contoh: 0812 3456 7890." });
    return z.NEVER;
  }
  return p;
});

const emailField = optionalText("Email", 200).pipe(
  z.email("Alamat email tidak valid. Contoh: nama@contoh.id.").optional(),
);

/** An id or a short text reference (slug, code or name) as typed by an API caller. */
const refField = z
  .union([z.string(), z.number()], { error: "Nilai tidak valid." })
  .optional()
  .nullable()
  .transform((v) => (v == null ? undefined : String(v).trim().slice(0, 120) || undefined));

/**
 * One aspiration as submitted (web form, API, WhatsApp, e-mail, staff). Contact rules depend on
 * anonymity and are checked in `superRefine` so every field error comes back at once.
 */
export const submissionSchema = z
  .object({
    title: requiredText("Judul", { min: 5, max: 150 }),
    body: requiredText("Uraian aspirasi", { min: 10, max: 5000 }),
    category: refField,
    kecamatan: refField,
    kelurahan: refField,
    citywide: checkbox(),
    address: optionalText("Detail alamat", 300),
    anonymous: checkbox(),
    confidential: checkbox(),
    name: optionalText("Nama", 120),
    phone: phoneField,
    email: emailField,
    consent: checkbox(),
    channel: z.enum(CHANNELS, { error: "Kanal tidak valid." }).optional(),
  })
  .superRefine((v, ctx) => {
    if (!v.category) ctx.addIssue({ code: "custom", path: ["category"], message: "Kategori wajib dipilih." });
    if (!v.citywide && !v.kelurahan)
      ctx.addIssue({ code: "custom", path: ["kelurahan"], message: 'Pilih kelurahan, atau centang "Seluruh kota".' });
    if (!v.anonymous) {
      if (!v.name)
        ctx.addIssue({
          code: "custom",
          path: ["name"],
          message: "Nama wajib diisi (atau pilih kirim sebagai anonim).",
        });
      if (!v.phone && !v.email)
        ctx.addIssue({
          code: "custom",
          path: ["phone"],
          message: "Isi nomor WhatsApp/telepon atau email agar kami dapat mengabari Anda.",
        });
    }
  });

export type SubmissionInput = z.output<typeof submissionSchema>;

/** Where a submission comes in: decides the channel and consent rules of `submissionSchemaFor`. */
export interface SubmissionContext {
  /** The channel of the door (the web form, the API, …) when the input names none; "web" by default. */
  channel?: AspirationChannel;
  /** Whether the caller may log the staff channels (telepon, tatap_muka, surat). */
  staff?: boolean;
  /**
   * Kelurahan with their kecamatan, from the reference data the form already shows. Given, a kelurahan
   * outside the chosen kecamatan is flagged in the browser; the server checks the pair against the
   * database in any case (resolveArea), so it stays authoritative.
   */
  kelurahan?: readonly { id: number; kecamatanId: number }[];
}

const isStaffChannel = (c: string) => (STAFF_CHANNELS as readonly string[]).includes(c);

/** The channel a submission is recorded under, when the caller may choose it. */
export function submissionChannel(data: Pick<SubmissionInput, "channel">, ctx: SubmissionContext): AspirationChannel {
  const door = ctx.channel ?? "web";
  return data.channel && data.channel !== door && isStaffChannel(data.channel) && ctx.staff ? data.channel : door;
}

/**
 * The submission schema with its cross-field rules for one door: only staff may log a staff channel;
 * consent is required for web and API submissions and for staff-logged ones with a name; with the
 * kelurahan list, the kelurahan must lie in the chosen kecamatan. One schema factory for the browser
 * form, the server action and the service, so the browser flags what the server would refuse.
 */
export function submissionSchemaFor(ctx: SubmissionContext = {}) {
  // Without a kelurahan list the schema depends on the door and the caller's rights only: built once each.
  if (!ctx.kelurahan) {
    const key = `${ctx.channel ?? "web"}|${ctx.staff ? 1 : 0}`;
    let schema = schemaByDoor.get(key);
    if (!schema) schemaByDoor.set(key, (schema = buildSubmissionSchema(ctx)));
    return schema;
  }
  return buildSubmissionSchema(ctx);
}

const schemaByDoor = new Map<string, ReturnType<typeof buildSubmissionSchema>>();

function buildSubmissionSchema(ctx: SubmissionContext) {
  return submissionSchema.superRefine((v, issues) => {
    const door = ctx.channel ?? "web";
    if (v.channel && v.channel !== door && (!isStaffChannel(v.channel) || !ctx.staff)) {
      issues.addIssue({
        code: "custom",
        path: ["channel"],
        message: "Kanal ini hanya dapat dicatat oleh staf Sekretariat.",
      });
      return;
    }
    const channel = submissionChannel(v, ctx);
    if (!v.consent && (channel === "web" || channel === "api" || (isStaffChannel(channel) && !v.anonymous))) {
      issues.addIssue({
        code: "custom",
        path: ["consent"],
        message: "Centang persetujuan pemrosesan data pribadi untuk melanjutkan.",
      });
    }
    if (ctx.kelurahan && v.kelurahan && v.kecamatan && /^\d{1,9}$/.test(v.kelurahan) && /^\d{1,9}$/.test(v.kecamatan)) {
      const kel = ctx.kelurahan.find((k) => k.id === Number(v.kelurahan));
      if (kel && kel.kecamatanId !== Number(v.kecamatan))
        issues.addIssue({
          code: "custom",
          path: ["kelurahan"],
          message: "Kelurahan tidak berada di kecamatan yang dipilih.",
        });
    }
  });
}

const note = (label: string) => optionalText(label, 5000);

/** Verify and route: category and area may be corrected; route to dapil and/or a komisi. */
export const verifySchema = z
  .object({
    category: refField,
    kelurahan: refField,
    citywide: checkbox(),
    routeDapil: checkbox(),
    komisi: refField,
    publicNote: note("Jawaban publik"),
    internalNote: note("Catatan internal"),
  })
  .superRefine((v, ctx) => {
    if (!v.routeDapil && !v.komisi)
      ctx.addIssue({
        code: "custom",
        path: ["routeDapil"],
        message: "Pilih tujuan: anggota dapil, komisi, atau keduanya.",
      });
  });

/** Edit category/area without changing the status. */
export const editSchema = z.object({
  category: refField,
  kelurahan: refField,
  citywide: checkbox(),
  internalNote: note("Catatan internal"),
});

/** A status change with optional notes (ditindaklanjuti, selesai). */
export const statusSchema = z.object({
  status: z.enum(ASPIRATION_STATUSES, { error: "Status tidak valid." }),
  publicNote: note("Jawaban publik"),
  internalNote: note("Catatan internal"),
});

/** Rejection needs a public reason. */
export const rejectSchema = z.object({
  reason: requiredText("Alasan penolakan", { min: 5, max: 2000 }),
  internalNote: note("Catatan internal"),
});

/** Hand over to an outside agency with a reason. */
export const redirectSchema = z.object({
  agency: z.enum(EXTERNAL_AGENCIES, { error: "Pilih instansi tujuan." }),
  agencyDetail: optionalText("Nama instansi", 200),
  reason: requiredText("Alasan pengalihan", { min: 5, max: 2000 }),
  internalNote: note("Catatan internal"),
});

/** A public answer and/or internal note without a status change. */
export const noteSchema = z
  .object({ publicNote: note("Jawaban publik"), internalNote: note("Catatan internal") })
  .refine((v) => v.publicNote || v.internalNote, {
    path: ["publicNote"],
    message: "Isi jawaban publik atau catatan internal.",
  });

export const mergeSchema = z.object({
  target: requiredText("Kode atau aspirasi tujuan", { max: 60 }),
  publicNote: note("Keterangan publik"),
});

export const rateSchema = z.object({
  rating: z.coerce
    .number({ error: "Pilih nilai 1–5." })
    .int("Pilih nilai 1–5.")
    .min(1, "Pilih nilai 1–5.")
    .max(5, "Pilih nilai 1–5."),
  comment: optionalText("Komentar", 1000),
});

export const reopenSchema = z.object({ reason: requiredText("Alasan membuka kembali", { min: 5, max: 2000 }) });

/** The member's request to staff to forward to a komisi/OPD. */
export const forwardRequestSchema = z.object({
  target: requiredText("Tujuan (komisi/OPD)", { max: 200 }),
  note: note("Catatan"),
});

/** Public list filters. */
export const publicListSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  kecamatan: filterId(),
  kategori: filterId(),
  status: z.enum(ASPIRATION_STATUSES).optional().catch(undefined),
  hal: z.coerce.number().int().positive().max(100000).optional().catch(undefined),
  /** Keyset cursor of the public list (the staff list pages by number). */
  setelah: z.string().max(100).optional().catch(undefined),
});
export type PublicListQuery = z.output<typeof publicListSchema>;

/** Staff triage filters. */
export const staffListSchema = publicListSchema.extend({
  dapil: filterId(),
  kanal: z.enum(CHANNELS).optional().catch(undefined),
});
export type StaffListQuery = z.output<typeof staffListSchema>;

/** An aspiration category (admin page). */
export const categorySchema = z.object({
  name: requiredText("Nama kategori", { min: 3, max: 80 }),
  sortOrder: z.coerce
    .number({ error: "Urutan harus angka." })
    .int("Urutan harus angka bulat.")
    .min(0, "Urutan minimal 0.")
    .max(999, "Urutan maksimal 999.")
    .default(0),
  isActive: checkbox(),
});
