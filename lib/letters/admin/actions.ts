"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/lib/db";
import { errors } from "@/lib/errors";
import { boundFormAction, formAction } from "@/lib/http/action";
import { reviewRetention } from "../retention-service";
import { createClassification, createRegister, updateClassification, updateRegister } from "./service";

const anything = z.record(z.string(), z.unknown());

export const updateRegisterAction = boundFormAction("letter.settings.manage", anything, async (id, input, actor) => {
  if (!/^\d{1,9}$/.test(id)) throw errors.notFound("Register");
  await updateRegister(db, actor, Number(id), input);
  revalidatePath("/sekretariat/surat/pengaturan");
  return { status: "success", message: "Pengaturan register tersimpan. Nomor berikutnya memakai format baru; nomor yang sudah terbit tidak berubah." };
});

export const createRegisterAction = formAction("letter.settings.manage", anything, async (input, actor) => {
  await createRegister(db, actor, input);
  revalidatePath("/sekretariat/surat/pengaturan");
  return { status: "success", message: "Register baru ditambahkan." };
});

export const createClassificationAction = formAction("reference.manage", anything, async (input, actor) => {
  const code = await createClassification(db, actor, input);
  revalidatePath("/sekretariat/surat/klasifikasi");
  return { status: "success", message: `Kode ${code} ditambahkan.` };
});

export const updateClassificationAction = boundFormAction("reference.manage", anything, async (code, input, actor) => {
  await updateClassification(db, actor, code, input);
  revalidatePath("/sekretariat/surat/klasifikasi");
  return { status: "success", message: `Kode ${code} diperbarui.` };
});

/** Bound to "masuk:<id>" or "keluar:<id>". */
export const reviewRetentionAction = boundFormAction("letter.register", anything, async (ref, input, actor) => {
  const [direction, id] = ref.split(":");
  if ((direction !== "masuk" && direction !== "keluar") || !id) throw errors.notFound("Surat");
  await reviewRetention(db, actor, direction, id, input);
  revalidatePath("/sekretariat/surat/retensi");
  return { status: "success", message: "Hasil peninjauan retensi tercatat. Surat tidak dihapus." };
});
