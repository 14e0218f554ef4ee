"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/lib/db";
import { boundFormAction, formAction } from "@/lib/http/action";
import { createApiToken, revokeApiToken } from "./api-tokens";

export const createTokenAction = formAction("apiTokens.manage", z.record(z.string(), z.unknown()), async (input, actor) => {
  const { token } = await createApiToken(db, actor, input);
  revalidatePath("/sekretariat/token");
  return { status: "success", message: "Token dibuat. Salin sekarang: token ini tidak akan ditampilkan lagi.", data: { token } };
});

export const revokeTokenAction = boundFormAction("apiTokens.manage", z.object({}), async (id, _input, actor) => {
  await revokeApiToken(db, actor, id);
  revalidatePath("/sekretariat/token");
  return { status: "success", message: "Token dicabut dan tidak dapat dipakai lagi." };
});
