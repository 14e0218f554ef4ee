import { z } from "zod";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/password";
import { optionalIdNumber, optionalText, requiredText } from "@/lib/validation";
import { ACCOUNT_ROLES } from "@/lib/auth/roles";

const password = z
  .string({ error: "Kata sandi wajib diisi." })
  .min(PASSWORD_MIN, `Kata sandi minimal ${PASSWORD_MIN} karakter.`)
  .max(PASSWORD_MAX, `Kata sandi maksimal ${PASSWORD_MAX} karakter.`);

const profileFields = {
  name: requiredText("Nama", { min: 3, max: 120 }),
  email: z
    .string({ error: "Email wajib diisi." })
    .trim()
    .toLowerCase()
    .min(1, "Email wajib diisi.")
    .max(254, "Email maksimal 254 karakter.")
    .pipe(z.email("Format email tidak valid.")),
  role: z.enum(ACCOUNT_ROLES, { error: "Pilih peran: anggota, staf, atau admin." }),
  position: optionalText("Jabatan", 120),
  unit: optionalText("Unit kerja", 120),
  nip: optionalText("NIP", 18).pipe(
    z
      .string()
      .regex(/^\d{18}$/, "NIP terdiri dari 18 angka.")
      .optional(),
  ),
  /** Personal data: only the admin user page reads or writes it (signer certificate checks compare it). */
  nik: optionalText("NIK", 16).pipe(
    z
      .string()
      .regex(/^\d{16}$/, "NIK terdiri dari 16 angka.")
      .optional(),
  ),
  phone: optionalText("Nomor telepon", 20).pipe(
    z
      .string()
      .regex(/^\+?[0-9 -]{8,20}$/, "Nomor telepon tidak valid.")
      .optional(),
  ),
  dapilId: optionalIdNumber("Dapil"),
  komisiId: optionalIdNumber("Komisi"),
  fraksiId: optionalIdNumber("Fraksi"),
};

/** Members must have a dapil and a fraksi; other roles carry none of the member attributes. */
function memberRules<T extends { role: string; dapilId?: number; fraksiId?: number }>(v: T, ctx: z.RefinementCtx) {
  if (v.role === "member") {
    if (!v.dapilId) ctx.addIssue({ code: "custom", path: ["dapilId"], message: "Anggota DPRD wajib memiliki dapil." });
    if (!v.fraksiId)
      ctx.addIssue({ code: "custom", path: ["fraksiId"], message: "Anggota DPRD wajib memiliki fraksi." });
  }
}

export const createUserSchema = z.object({ ...profileFields, password }).superRefine(memberRules);
export const updateUserSchema = z.object(profileFields).superRefine(memberRules);
export const resetPasswordSchema = z
  .object({ password, confirm: z.string({ error: "Ulangi kata sandi." }) })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "Kata sandi dan ulangannya tidak sama." });

export type CreateUserInput = z.infer<typeof createUserSchema>;
export type UpdateUserInput = z.infer<typeof updateUserSchema>;
