import type { z } from "zod";
import type { inboxPageSchema } from "./api-schema";
import type { InboxItem } from "./service";

/** The API view of one inbox page (GET /api/v1/pokir/kotak-masuk). */
export function inboxPageDto(page: {
  items: InboxItem[];
  nextCursor: string | null;
}): z.output<typeof inboxPageSchema> {
  return {
    items: page.items.map((i) => ({
      type: i.type,
      id: i.id,
      trackingCode: i.trackingCode,
      title: i.title,
      status: i.status,
      kelurahan: i.kelurahan,
      createdAt: i.createdAt,
      unread: i.unread,
      href: i.href,
    })),
    nextCursor: page.nextCursor,
  };
}
