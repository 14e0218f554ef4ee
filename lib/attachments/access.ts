import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/types";
import { LETTER_ATTACHMENT_ACCESS } from "@/lib/letters/attachment-access";
import { ASPIRATION_ATTACHMENT_ACCESS } from "@/lib/aspirations/access";
import { POKIR_ATTACHMENT_ACCESS } from "@/lib/pokir/attachment-access";
import { EPAPER_OWNER, epaperAttachmentAccess } from "@/lib/epaper/attachments";

/**
 * Who may download an attachment depends on its owner. Each service registers a checker for its
 * owner types here; an owner type without a checker is never served.
 */
export type AttachmentAccessCheck = (actor: Actor | null, ownerId: string, tx?: Db) => Promise<boolean>;

export const ATTACHMENT_ACCESS: Record<string, AttachmentAccessCheck> = {
  ...LETTER_ATTACHMENT_ACCESS,
  ...ASPIRATION_ATTACHMENT_ACCESS,
  ...POKIR_ATTACHMENT_ACCESS,
  [EPAPER_OWNER]: epaperAttachmentAccess,
};
