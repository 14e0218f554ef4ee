"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/http/action";
import {
  changeOwnPassword,
  changePasswordSchema,
  confirmTotp,
  confirmTotpSchema,
  disableTotpSchema,
  endOtherSessions,
  startTotp,
  turnOffTotp,
} from "./account";
import { formDataToObject } from "@/lib/validation";

/** For actions that take no fields (a button): nothing to validate, extra fields are dropped. */
const none = z.object({});

export const changePasswordAction = formAction("account.self", changePasswordSchema, async (_input, actor, fd) => {
  const input = formDataToObject(fd);
  const ended = await changeOwnPassword(actor, input);
  return { status: "success", message: `Kata sandi diganti.${ended ? ` ${ended} sesi lain telah diakhiri.` : ""}` };
});

export const startTotpAction = formAction("account.self", none, async (_input, actor) => {
  const r = await startTotp(actor);
  return {
    status: "success",
    message: "Pindai kode QR dengan aplikasi autentikator, lalu masukkan kode 6 angka.",
    data: r,
  };
});

export const confirmTotpAction = formAction("account.self", confirmTotpSchema, async (_input, actor, fd) => {
  const input = formDataToObject(fd);
  const codes = await confirmTotp(actor, input.code);
  revalidatePath("/", "layout");
  return {
    status: "success",
    message:
      "Verifikasi dua langkah aktif. Simpan kode pemulihan berikut di tempat aman: masing-masing hanya dapat dipakai sekali.",
    data: { codes },
  };
});

export const disableTotpAction = formAction("account.self", disableTotpSchema, async (_input, actor, fd) => {
  const input = formDataToObject(fd);
  await turnOffTotp(actor, input.password);
  revalidatePath("/", "layout");
  return { status: "success", message: "Verifikasi dua langkah dimatikan." };
});

export const endOtherSessionsAction = formAction("account.self", none, async (_input, actor) => {
  const n = await endOtherSessions(actor);
  revalidatePath("/", "layout");
  return { status: "success", message: n ? `${n} sesi lain diakhiri.` : "Tidak ada sesi lain yang aktif." };
});
