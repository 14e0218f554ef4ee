"use server";

import { revalidatePath } from "next/cache";
import { errors } from "@/lib/errors";
import { boundFormAction, formAction } from "@/lib/http/action";
import { reviewRetention } from "@/lib/letters/retention-review";
import { createClassification, createRegister, updateClassification, updateRegister } from "./service";
import { formDataToObject } from "@/lib/validation";
import {
  classificationSchema,
  newClassificationSchema,
  newRegisterSchema,
  registerSettingsSchema,
  retentionReviewSchema,
} from "../schema";

export const updateRegisterAction = boundFormAction(
  "letter.settings.manage",
  registerSettingsSchema,
  async (id, _input, actor, fd) => {
    const input = formDataToObject(fd);
    if (!/^\d{1,9}$/.test(id)) throw errors.notFound("Register");
    await updateRegister(actor, Number(id), input);
    revalidatePath("/sekretariat/surat/pengaturan");
    return {
      status: "success",
      message:
        "Pengaturan register tersimpan. Nomor berikutnya memakai format baru; nomor yang sudah terbit tidak berubah.",
    };
  },
);

export const createRegisterAction = formAction(
  "letter.settings.manage",
  newRegisterSchema,
  async (_input, actor, fd) => {
    const input = formDataToObject(fd);
    await createRegister(actor, input);
    revalidatePath("/sekretariat/surat/pengaturan");
    return { status: "success", message: "Register baru ditambahkan." };
  },
);

export const createClassificationAction = formAction(
  "reference.manage",
  newClassificationSchema,
  async (_input, actor, fd) => {
    const input = formDataToObject(fd);
    const code = await createClassification(actor, input);
    revalidatePath("/sekretariat/surat/klasifikasi");
    return { status: "success", message: `Kode ${code} ditambahkan.` };
  },
);

export const updateClassificationAction = boundFormAction(
  "reference.manage",
  classificationSchema,
  async (code, _input, actor, fd) => {
    const input = formDataToObject(fd);
    await updateClassification(actor, code, input);
    revalidatePath("/sekretariat/surat/klasifikasi");
    return { status: "success", message: `Kode ${code} diperbarui.` };
  },
);

/** Bound to "masuk:<id>" or "keluar:<id>". */
export const reviewRetentionAction = boundFormAction(
  "letter.register",
  retentionReviewSchema,
  async (ref, _input, actor, fd) => {
    const input = formDataToObject(fd);
    const [direction, id] = ref.split(":");
    if ((direction !== "masuk" && direction !== "keluar") || !id) throw errors.notFound("Surat");
    await reviewRetention(actor, direction, id, input);
    revalidatePath("/sekretariat/surat/retensi");
    return { status: "success", message: "Hasil peninjauan retensi tercatat. Surat tidak dihapus." };
  },
);
