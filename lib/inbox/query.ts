import { z } from "zod";
import { filterId } from "@/lib/validation";

/** Inbox filters as they come from the URL (all optional; bad values are dropped, not errors). */
export const inboxQuerySchema = z.object({
  type: z.enum(["aspirasi", "pokir"]).optional().catch(undefined),
  status: z
    .string()
    .regex(/^[a-z_]{3,20}$/)
    .optional()
    .catch(undefined),
  kategori: filterId(),
  bidang: filterId(),
  kelurahan: filterId(),
  periode: filterId(),
  dari: z.iso.date().optional().catch(undefined),
  sampai: z.iso.date().optional().catch(undefined),
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .catch(undefined)
    .transform((v) => v || undefined),
  belum: z.enum(["1"]).optional().catch(undefined),
  setelah: z.string().max(100).optional().catch(undefined),
});
export type InboxQuery = z.output<typeof inboxQuerySchema>;

export { decodeCursor, encodeCursor } from "@/lib/pagination";
