import type { AttachmentAccessCheck } from "@/lib/attachments/access";
import { INCOMING_OWNER } from "./incoming";
import { incomingAttachmentAccess } from "./incoming-detail";
import { OUTGOING_OWNER } from "./outgoing";
import { outgoingAttachmentAccess } from "./outgoing-read";

/** Download checks for letter files: the same rahasia rules as the letters themselves. */
export const LETTER_ATTACHMENT_ACCESS: Record<string, AttachmentAccessCheck> = {
  [INCOMING_OWNER]: incomingAttachmentAccess,
  [OUTGOING_OWNER]: outgoingAttachmentAccess,
};
