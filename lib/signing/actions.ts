"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/lib/db";
import { formAction } from "@/lib/http/action";
import { importSignerP12 } from "./service";

export const importSignerP12Action = formAction("signers.manage", z.record(z.string(), z.unknown()), async (input, actor, formData) => {
  const file = formData.get("berkas");
  const bytes = file && typeof file !== "string" && file.size > 0 ? Buffer.from(await file.arrayBuffer()) : null;
  await importSignerP12(db, actor, { userId: input.userId, passphrase: input.passphrase, file: bytes });
  revalidatePath("/sekretariat/risalah/sertifikat");
  return { status: "success", message: "Sertifikat dari PKCS#12 tersimpan dan menjadi sertifikat aktif penanda tangan ini." };
});
