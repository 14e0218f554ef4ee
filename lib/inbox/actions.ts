"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/lib/db";
import { inboxReads } from "@/lib/db/schema";
import { formAction } from "@/lib/http/action";
import { UUID_PATTERN } from "@/lib/validation";

const itemsSchema = z.object({
  items: z
    .union([z.string(), z.array(z.string())], { error: "Tidak ada item yang dipilih." })
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .pipe(
      z
        .array(z.string().regex(new RegExp(`^(aspirasi|pokir):${UUID_PATTERN}$`, "i"), "Item tidak valid."))
        .min(1, "Tidak ada item yang dipilih.")
        .max(100, "Paling banyak 100 item."),
    ),
});

/** Mark the items shown on an inbox page as read for the member (idempotent; markers are per member). */
export const markPageReadAction = formAction("inbox.read", itemsSchema, async (input, actor) => {
  const rows = input.items.map((s) => {
    const [type, id] = s.split(":");
    return { memberId: actor!.id, itemType: type.toLowerCase(), itemId: id.toLowerCase() };
  });
  await db.insert(inboxReads).values(rows).onConflictDoNothing();
  revalidatePath("/portal", "layout");
  return { status: "success", message: `${rows.length} item ditandai sudah dibaca.` };
});
