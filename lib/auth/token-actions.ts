"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { boundFormAction, formAction } from "@/lib/http/action";
import { createApiToken, createTokenSchema, revokeApiToken } from "./api-tokens";
import { formDataToObject } from "@/lib/validation";

export const createTokenAction = formAction("apiTokens.manage", createTokenSchema, async (_input, actor, fd) => {
  const input = formDataToObject(fd);
  const { token } = await createApiToken(actor, input);
  revalidatePath("/sekretariat/token");
  return {
    status: "success",
    message: "Token dibuat. Salin sekarang: token ini tidak akan ditampilkan lagi.",
    data: { token },
  };
});

export const revokeTokenAction = boundFormAction("apiTokens.manage", z.object({}), async (id, _input, actor) => {
  await revokeApiToken(actor, id);
  revalidatePath("/sekretariat/token");
  return { status: "success", message: "Token dicabut dan tidak dapat dipakai lagi." };
});
