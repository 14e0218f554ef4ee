import "server-only";
import { eq } from "drizzle-orm";
import type { AttachmentAccessCheck } from "@/lib/attachments/access";
import { pokirProposals } from "@/lib/db/schema";
import { POKIR_PHOTO_OWNER, RESES_PHOTO_OWNER } from "./constants";
import { resesAttachmentAccess } from "./reses";
import { canSeePokir } from "./policy";
import { isUuid } from "@/lib/validation";
import { db } from "@/lib/db";

/** Pokir photos: office staff, and members who may see the pokir (same dapil rule). */
const pokirPhotoAccess: AttachmentAccessCheck = async (actor, ownerId, tx = db) => {
  if (!actor) return false;
  if (actor.role === "staff" || actor.role === "admin") return true;
  if (!isUuid(ownerId)) return false;
  const rows = await tx
    .select({ dapilId: pokirProposals.dapilId, status: pokirProposals.status })
    .from(pokirProposals)
    .where(eq(pokirProposals.id, ownerId));
  return Boolean(rows[0] && canSeePokir(actor, rows[0]));
};

/** Download checks for pokir and reses files. */
export const POKIR_ATTACHMENT_ACCESS: Record<string, AttachmentAccessCheck> = {
  [POKIR_PHOTO_OWNER]: pokirPhotoAccess,
  [RESES_PHOTO_OWNER]: resesAttachmentAccess,
};
