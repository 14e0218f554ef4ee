import { z } from "zod";
import { idNumber, optionalIdNumber, optionalText, requiredText } from "@/lib/validation";
import { minutesContentSchema } from "./content";
import { MEETING_BODY_KINDS } from "./constants";
import { ATTENDANCE_STATUSES, QUORUM_RULES } from "./quorum";

const clock = (label: string) =>
  z
    .string({ error: `${label} wajib diisi.` })
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, `${label} harus berformat JJ:MM, mis. 09:00.`);

const isoDate = z
  .string({ error: "Tanggal rapat wajib diisi." })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Tanggal rapat tidak valid.")
  .refine(
    (v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
    "Tanggal rapat tidak valid.",
  )
  .refine((v) => v >= "2000-01-01" && v <= "2100-12-31", "Tanggal rapat di luar rentang yang wajar.");

const optionalId = z
  .uuid()
  .optional()
  .or(z.literal("").transform(() => undefined));

/** A meeting with its agenda items and guests: the same schema in the form (react-hook-form) and the service. */
export const meetingSchema = z
  .object({
    typeId: idNumber("Jenis rapat"),
    title: requiredText("Judul rapat", { min: 5, max: 200 }),
    nature: z.enum(["terbuka", "tertutup"], { error: "Pilih sifat rapat: terbuka atau tertutup." }),
    quorumRule: z.enum(QUORUM_RULES, { error: "Pilih aturan kuorum." }),
    date: isoDate,
    startTime: clock("Jam mulai"),
    endTime: clock("Jam selesai").or(z.literal("")).optional(),
    place: requiredText("Tempat", { min: 3, max: 200 }),
    chairId: z.uuid({ error: "Ketua rapat wajib dipilih." }),
    secretaryId: z.uuid({ error: "Sekretaris rapat wajib dipilih." }),
    agenda: z
      .array(z.object({ id: optionalId, title: requiredText("Acara", { min: 3, max: 300 }) }), {
        error: "Acara rapat tidak valid.",
      })
      .min(1, "Isi paling sedikit satu acara rapat.")
      .max(50, "Paling banyak 50 acara."),
    guests: z
      .array(
        z.object({
          id: optionalId,
          name: requiredText("Nama undangan", { min: 2, max: 150 }),
          institution: requiredText("Instansi", { min: 2, max: 200 }),
          role: optionalText("Keterangan", 150),
        }),
        { error: "Daftar undangan tidak valid." },
      )
      .max(100, "Paling banyak 100 undangan."),
  })
  .refine((v) => !v.endTime || v.endTime > v.startTime, {
    path: ["endTime"],
    message: "Jam selesai harus setelah jam mulai.",
  });

export type MeetingInput = z.input<typeof meetingSchema>;
export type MeetingData = z.output<typeof meetingSchema>;

/** Attendance of one body member; "" = not recorded yet. */
export const attendanceEntrySchema = z.object({
  userId: z.uuid({ error: "Anggota tidak dikenal." }),
  status: z.enum(ATTENDANCE_STATUSES, { error: "Status kehadiran tidak valid." }).or(z.literal("")),
  arrivedAt: clock("Jam hadir").or(z.literal("")),
});

export const attendanceSchema = z.array(attendanceEntrySchema).max(200, "Daftar hadir terlalu panjang.");

/** The autosave payload of the editor. */
export const draftSaveSchema = z.object({
  revision: z.coerce.number({ error: "Versi draf tidak valid." }).int().min(0),
  content: minutesContentSchema,
});

export const signSchema = z.object({
  password: z
    .string({ error: "Kata sandi wajib diisi." })
    .min(1, "Kata sandi wajib diisi untuk menandatangani.")
    .max(200, "Kata sandi terlalu panjang."),
});

export const returnSchema = z.object({ note: requiredText("Catatan pengembalian", { min: 5, max: 2000 }) });
/** Approving before the members' correction window closes needs a recorded reason. */
export const approveSchema = z.object({
  earlyReason: z
    .string()
    .trim()
    .max(2000)
    .optional()
    .transform((v) => v || undefined),
});
export const correctionReasonSchema = z.object({ reason: requiredText("Alasan koreksi", { min: 10, max: 2000 }) });

export const proposeCorrectionSchema = z.object({
  section: requiredText("Bagian yang dikoreksi", { max: 120 }),
  text: requiredText("Usulan koreksi", { min: 10, max: 5000 }),
});

export const respondCorrectionSchema = z.object({
  decision: z.enum(["diterima", "ditolak"], { error: "Pilih: diterima atau ditolak." }),
  response: optionalText("Tanggapan", 2000),
});

export const meetingTypeSchema = z
  .object({
    name: requiredText("Nama jenis rapat", { min: 3, max: 120 }),
    bodyKind: z.enum(MEETING_BODY_KINDS, { error: "Pilih keanggotaan badan rapat." }),
    komisiId: optionalIdNumber("Komisi"),
    defaultNature: z.enum(["terbuka", "tertutup"], { error: "Pilih sifat bawaan." }),
    defaultQuorumRule: z.enum(QUORUM_RULES, { error: "Pilih aturan kuorum bawaan." }),
    correctionDays: z.coerce
      .number({ error: "Masa koreksi harus berupa angka." })
      .int("Masa koreksi harus bilangan bulat.")
      .min(1, "Masa koreksi minimal 1 hari.")
      .max(30, "Masa koreksi maksimal 30 hari."),
    correctionDayKind: z
      .enum(["kerja", "kalender"], { error: "Pilih cara menghitung masa koreksi." })
      .optional()
      .default("kerja"),
    isActive: z
      .union([z.string(), z.boolean()])
      .optional()
      .transform((v) => v === true || v === "on" || v === "1" || v === "true"),
  })
  .refine((v) => v.bodyKind !== "komisi" || v.komisiId, {
    path: ["komisiId"],
    message: "Pilih komisi untuk jenis rapat komisi.",
  });

/** Upload limit for verification: signed minutes are far smaller; anything bigger is refused early. */
export { VERIFY_MAX_BYTES } from "@/lib/attachments/limits";

/** A JSON string form field (react-hook-form forms send their values this way), parsed or a field error. */
export const jsonField = z.string({ error: "Data formulir tidak lengkap." }).transform((s, ctx) => {
  try {
    return JSON.parse(s) as unknown;
  } catch {
    ctx.addIssue({ code: "custom", message: "Data formulir rusak. Muat ulang halaman lalu coba lagi." });
    return z.NEVER;
  }
});
