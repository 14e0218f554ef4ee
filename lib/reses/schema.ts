import { z } from "zod";
import { MAX_RESES_DAYS } from "./constants";

/** Whole days from `from` to `to`, both included. */
export function daysInclusive(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** A reses period: one per masa sidang of a year. */
export const resesPeriodSchema = z
  .object({
    year: z.coerce
      .number({ error: "Tahun tidak valid." })
      .int()
      .min(2000, "Tahun tidak valid.")
      .max(2100, "Tahun tidak valid."),
    masaSidang: z.coerce
      .number({ error: "Pilih masa sidang." })
      .int()
      .min(1, "Pilih masa sidang.")
      .max(3, "Pilih masa sidang."),
    startsOn: z.iso.date({ error: "Tanggal mulai tidak valid." }),
    endsOn: z.iso.date({ error: "Tanggal selesai tidak valid." }),
  })
  .superRefine((v, ctx) => {
    if (v.endsOn < v.startsOn)
      ctx.addIssue({ code: "custom", path: ["endsOn"], message: "Tanggal selesai sebelum tanggal mulai." });
    if (v.startsOn.slice(0, 4) !== String(v.year))
      ctx.addIssue({ code: "custom", path: ["startsOn"], message: "Tanggal mulai harus di tahun yang sama." });
  });

/** A member's reses days in a period: at most MAX_RESES_DAYS. */
export const resesScheduleSchema = z
  .object({
    periodId: z.coerce.number({ error: "Periode tidak valid." }).int().positive("Periode tidak valid."),
    memberId: z.uuid({ error: "Pilih anggota." }),
    startsOn: z.iso.date({ error: "Tanggal mulai tidak valid." }),
    endsOn: z.iso.date({ error: "Tanggal selesai tidak valid." }),
  })
  .superRefine((v, ctx) => {
    if (v.endsOn < v.startsOn)
      ctx.addIssue({ code: "custom", path: ["endsOn"], message: "Tanggal selesai sebelum tanggal mulai." });
    else if (daysInclusive(v.startsOn, v.endsOn) > MAX_RESES_DAYS)
      ctx.addIssue({ code: "custom", path: ["endsOn"], message: `Reses paling lama ${MAX_RESES_DAYS} hari.` });
  });

/** The free-text parts of a report the member edits. */
export const resesReportTextSchema = z.object({
  summary: z.string().trim().max(5000, "Ringkasan paling banyak 5.000 karakter."),
  followUp: z.string().trim().max(5000, "Tindak lanjut paling banyak 5.000 karakter."),
});
