"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { boundFormAction, formAction } from "@/lib/http/action";
import { importP12Schema, importSignerP12 } from "./service";
import { addTrustedRoot, removeTrustedRoot, trustedRootSchema } from "./trust";
import { formDataToObject } from "@/lib/validation";

const PAGE = "/sekretariat/risalah/sertifikat";

export const importSignerP12Action = formAction("signers.manage", importP12Schema, async (_input, actor, formData) => {
  const input = formDataToObject(formData);
  const file = formData.get("berkas");
  const bytes = file && typeof file !== "string" && file.size > 0 ? Buffer.from(await file.arrayBuffer()) : null;
  await importSignerP12(actor, {
    userId: input.userId,
    passphrase: input.passphrase,
    override: input.override,
    overrideReason: input.overrideReason,
    file: bytes,
  });
  revalidatePath(PAGE);
  return {
    status: "success",
    message: "Sertifikat dari PKCS#12 tersimpan dan menjadi sertifikat aktif penanda tangan ini.",
  };
});

export const addTrustedRootAction = formAction("signers.manage", trustedRootSchema, async (_input, actor, fd) => {
  const input = formDataToObject(fd);
  await addTrustedRoot(actor, input);
  revalidatePath(PAGE);
  return { status: "success", message: "Sertifikat akar ditambahkan ke daftar tepercaya." };
});

export const removeTrustedRootAction = boundFormAction("signers.manage", z.object({}), async (id, _input, actor) => {
  await removeTrustedRoot(actor, id);
  revalidatePath(PAGE);
  return { status: "success", message: "Sertifikat akar dihapus dari daftar tepercaya." };
});
