import { z } from "zod";
import { apiTimestamp } from "@/lib/openapi/zod";

/** One item of a member's inbox: an aspiration or a pokir of their dapil or komisi. */
export const inboxItemSchema = z.strictObject({
  type: z.enum(["aspirasi", "pokir"]),
  id: z.uuid(),
  trackingCode: z.string().meta({ examples: ["ASP-7KX9-Q2MD", "POK-7KX9-Q2MD"] }),
  title: z.string(),
  status: z.string().meta({ description: "Status aspirasi atau pokir", examples: ["diverifikasi"] }),
  kelurahan: z.string().nullable(),
  createdAt: apiTimestamp(),
  unread: z.boolean().meta({ description: "Belum dibuka anggota" }),
  href: z.string().meta({
    description: "Halaman di portal anggota",
    examples: ["/portal/pokir/0b8f3a52-6c1e-4d2a-9f57-3c1b2a4d5e6f"],
  }),
});

/** One page of the inbox (GET /api/v1/pokir/kotak-masuk), newest first. */
export const inboxPageSchema = z.strictObject({
  items: z.array(inboxItemSchema),
  nextCursor: z.string().nullable().meta({ description: "Nilai parameter `setelah` untuk halaman berikutnya" }),
});
