import { z } from "zod";
import { filterId, isUuid } from "@/lib/validation";

/** Inbox filters as they come from the URL (all optional; bad values are dropped, not errors). */
export const inboxQuerySchema = z.object({
  type: z.enum(["aspirasi", "pokir"]).optional().catch(undefined),
  status: z.string().regex(/^[a-z_]{3,20}$/).optional().catch(undefined),
  kategori: filterId(),
  bidang: filterId(),
  kelurahan: filterId(),
  periode: filterId(),
  dari: z.iso.date().optional().catch(undefined),
  sampai: z.iso.date().optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined).transform((v) => v || undefined),
  belum: z.enum(["1"]).optional().catch(undefined),
  setelah: z.string().max(100).optional().catch(undefined),
});
export type InboxQuery = z.output<typeof inboxQuerySchema>;

/** Keyset cursor: created_at + id of the last item shown. */
export function encodeCursor(createdAt: Date, id: string): string {
  return Buffer.from(`${createdAt.toISOString()}|${id}`).toString("base64url");
}

/** Decode a cursor; a malformed one means "first page". */
export function decodeCursor(c: string | undefined): { at: string; id: string } | null {
  if (!c) return null;
  const [at, id] = Buffer.from(c, "base64url").toString().split("|");
  if (!at || !id || Number.isNaN(Date.parse(at)) || !isUuid(id)) return null;
  return { at: new Date(at).toISOString(), id };
}
