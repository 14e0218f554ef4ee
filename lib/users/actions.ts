"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { db } from "@/lib/db";
import { boundFormAction, formAction } from "@/lib/http/action";
import { createUser, resetUserPassword, setUserActive, updateUser } from "./service";

const anything = z.record(z.string(), z.unknown());

export const createUserAction = formAction("users.manage", anything, async (input, actor) => {
  const id = await createUser(db, actor, input);
  redirect(`/sekretariat/pengguna/${id}?dibuat=1`);
});

export const updateUserAction = boundFormAction("users.manage", anything, async (id, input, actor) => {
  await updateUser(db, actor, id, input);
  revalidatePath(`/sekretariat/pengguna/${id}`);
  return { status: "success", message: "Perubahan data pengguna tersimpan." };
});

export const setUserActiveAction = boundFormAction("users.manage", z.object({ active: z.enum(["0", "1"]) }), async (id, input, actor) => {
  await setUserActive(db, actor, id, input.active === "1");
  revalidatePath(`/sekretariat/pengguna/${id}`);
  return { status: "success", message: input.active === "1" ? "Akun diaktifkan kembali." : "Akun dinonaktifkan. Sesi pengguna ini berakhir." };
});

export const resetPasswordAction = boundFormAction("users.manage", anything, async (id, input, actor) => {
  await resetUserPassword(db, actor, id, input);
  return { status: "success", message: "Kata sandi baru tersimpan. Sampaikan kepada pengguna melalui saluran yang aman." };
});
