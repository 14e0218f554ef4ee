"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { errors, isAppError } from "@/lib/errors";
import { boundFormAction, formAction, type FormState } from "@/lib/http/action";
import { clientIpFromHeaders } from "@/lib/http/ip";
import { applyUserImport, IMPORT_MAX_BYTES, planUserImport } from "./import";
import { setPasswordWithToken } from "./password-setup";
import { createUser, resetUserPassword, setUserActive, updateUser } from "./service";
import { formDataToObject } from "@/lib/validation";
import { createUserSchema, resetPasswordSchema, updateUserSchema } from "./schema";

/** For actions that take no fields (a button): nothing to validate, extra fields are dropped. */
const none = z.object({});

export const createUserAction = formAction("users.manage", createUserSchema, async (_input, actor, fd) => {
  const input = formDataToObject(fd);
  const id = await createUser(actor, input);
  redirect(`/sekretariat/pengguna/${id}?dibuat=1`);
});

export const updateUserAction = boundFormAction("users.manage", updateUserSchema, async (id, _input, actor, fd) => {
  const input = formDataToObject(fd);
  await updateUser(actor, id, input);
  revalidatePath(`/sekretariat/pengguna/${id}`);
  return { status: "success", message: "Perubahan data pengguna tersimpan." };
});

export const setUserActiveAction = boundFormAction(
  "users.manage",
  z.object({ active: z.enum(["0", "1"]) }),
  async (id, input, actor) => {
    await setUserActive(actor, id, input.active === "1");
    revalidatePath(`/sekretariat/pengguna/${id}`);
    return {
      status: "success",
      message: input.active === "1" ? "Akun diaktifkan kembali." : "Akun dinonaktifkan. Sesi pengguna ini berakhir.",
    };
  },
);

export const resetPasswordAction = boundFormAction(
  "users.manage",
  resetPasswordSchema,
  async (id, _input, actor, fd) => {
    const input = formDataToObject(fd);
    await resetUserPassword(actor, id, input);
    return {
      status: "success",
      message: "Kata sandi baru tersimpan. Sampaikan kepada pengguna melalui saluran yang aman.",
    };
  },
);

/** Admin CSV import, step 1: upload → dry run (nothing written). The CSV text comes back for step 2. */
export const planImportAction = formAction("users.manage", none, async (_input, actor, formData) => {
  const text = await csvFromForm(formData);
  const plan = await planUserImport(actor, text);
  return {
    status: plan.counts.error ? "error" : "success",
    message: plan.counts.error
      ? `${plan.counts.error} baris bermasalah. Perbaiki berkasnya lalu unggah lagi; tidak ada yang disimpan.`
      : "Uji coba selesai, belum ada yang disimpan. Periksa tabel lalu tekan Terapkan.",
    data: { plan, csv: text },
  };
});

/** Admin CSV import, step 2: apply the same CSV in one transaction; new users get a set-password link by e-mail. */
export const applyImportAction = formAction("users.manage", none, async (_input, actor, formData) => {
  const text = await csvFromForm(formData);
  const plan = await applyUserImport(actor, text);
  revalidatePath("/sekretariat/pengguna");
  return {
    status: "success",
    message: `Impor diterapkan: ${plan.counts.create} akun baru (tautan atur kata sandi dikirim lewat email), ${plan.counts.update} diubah, ${plan.counts.unchanged} tetap.`,
    data: { plan, applied: true },
  };
});

async function csvFromForm(formData: FormData): Promise<string> {
  const file = formData.get("file");
  if (file instanceof File && file.size > 0) {
    if (file.size > IMPORT_MAX_BYTES)
      throw errors.validation({ file: ["Berkas CSV terlalu besar (maksimal 512 KB)."] });
    return file.text();
  }
  const csv = formData.get("csv");
  if (typeof csv === "string" && csv.trim()) return csv;
  throw errors.validation({ file: ["Pilih berkas CSV."] });
}

/**
 * Public: set a password with a one-time link (/masuk/atur-sandi). The token is the credential;
 * attempts are rate-limited per IP in the service.
 */
export async function setPasswordWithTokenAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const token = String(formData.get("token") ?? "");
  try {
    const ip = clientIpFromHeaders(await headers());
    await setPasswordWithToken(
      { token, password: formData.get("password") ?? "", confirm: formData.get("confirm") ?? "" },
      ip,
    );
  } catch (e) {
    if (isAppError(e))
      return {
        status: "error",
        message: e.fieldErrors?.token
          ? e.message
          : e.code === "validation"
            ? "Periksa kembali isian yang ditandai."
            : e.message,
        fieldErrors: e.fieldErrors,
      };
    console.error("[action]", e);
    return { status: "error", message: "Terjadi gangguan pada layanan. Silakan coba lagi beberapa saat lagi." };
  }
  // A redirect, not a success state: re-rendering this page would find the token used and say so.
  redirect("/masuk?sandi=diatur");
}
