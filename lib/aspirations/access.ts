import "server-only";
import { eq } from "drizzle-orm";
import type { AttachmentAccessCheck } from "@/lib/attachments/access";
import { aspirations } from "@/lib/db/schema";
import { ASPIRATION_OWNER } from "./submit";
import { canSeeAspiration } from "./policy";
import { db } from "@/lib/db";

/** Aspiration files: staff, and members who may see the aspiration. Never the public (photos may identify people). */
const aspirationAttachmentAccess: AttachmentAccessCheck = async (actor, ownerId, tx = db) => {
  if (!actor) return false;
  const [a] = await tx.select().from(aspirations).where(eq(aspirations.id, ownerId));
  return Boolean(a) && canSeeAspiration(actor, a);
};

export const ASPIRATION_ATTACHMENT_ACCESS: Record<string, AttachmentAccessCheck> = {
  [ASPIRATION_OWNER]: aspirationAttachmentAccess,
};
