import "server-only";
import { and, count, eq } from "drizzle-orm";
import { MAX_FILES } from "@/lib/attachments/limits";
import { listAttachments, prepareFiles, saveAttachments, type IncomingFile } from "@/lib/attachments/service";
import { writeAudit } from "@/lib/audit/service";
import { can, requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { db as defaultDb } from "@/lib/db";
import { attachments, epaperLetters } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { errors } from "@/lib/errors";
import { isUuid } from "@/lib/validation";
import { loadLetter } from "./drafts";
import { epaperById } from "@/lib/letters/policy";

/** Owner type of E-Paper draft files in the attachments table. */
export const EPAPER_OWNER = "epaper_letter";
export const MAX_EPAPER_FILES = MAX_FILES;

const owner = (id: string) => ({ type: EPAPER_OWNER, id });

/** The files attached to a letter, for whoever may read the letter (404 otherwise). */
export async function listLetterFiles(actor: Actor | null, id: string, tx: Db = defaultDb) {
  const me = await requirePermission(actor, "epaper.read", tx);
  await loadLetter(me, id, {}, tx);
  return listAttachments(owner(id), tx);
}

/**
 * Attach files (PDF or images, checked by their bytes) to a draft. Only while the letter is a
 * draft: once it waits on a paraf or is signed, its files are locked like its text.
 */
export async function addLetterFiles(
  actor: Actor | null,
  id: string,
  files: (File | IncomingFile)[],
  tx: Db = defaultDb,
): Promise<{ added: number }> {
  const me = await requirePermission(actor, "epaper.draft", tx);
  return tx.transaction(async (t) => {
    const l = await loadLetter(me, id, { forUpdate: true, permission: "epaper.draft" }, t);
    if (l.status !== "draf") throw errors.conflict("Lampiran hanya dapat diubah selama surat masih draf.");
    const [{ n }] = await t
      .select({ n: count() })
      .from(attachments)
      .where(and(eq(attachments.ownerType, EPAPER_OWNER), eq(attachments.ownerId, id)));
    const room = MAX_EPAPER_FILES - n;
    const prepared = await prepareFiles(files, { max: Math.max(0, room), field: "lampiran" });
    if (prepared.length === 0)
      throw errors.validation(
        { lampiran: [room > 0 ? "Pilih berkas yang akan dilampirkan." : `Paling banyak ${MAX_EPAPER_FILES} berkas.`] },
        "Tidak ada berkas yang dilampirkan.",
      );
    await saveAttachments(owner(id), prepared, me.id, t);
    await t.update(epaperLetters).set({ updatedAt: new Date() }).where(eq(epaperLetters.id, id));
    await writeAudit(
      {
        actor: me,
        action: "epaper.attachment.add",
        entityType: "epaper_letter",
        entityId: id,
        detail: { files: prepared.map((f) => f.fileName) },
      },
      t,
    );
    return { added: prepared.length };
  });
}

/** Remove one file from a draft (same lock as adding). */
export async function removeLetterFile(
  actor: Actor | null,
  id: string,
  attachmentId: string,
  tx: Db = defaultDb,
): Promise<void> {
  const me = await requirePermission(actor, "epaper.draft", tx);
  await tx.transaction(async (t) => {
    const l = await loadLetter(me, id, { forUpdate: true, permission: "epaper.draft" }, t);
    if (l.status !== "draf") throw errors.conflict("Lampiran hanya dapat diubah selama surat masih draf.");
    const gone = isUuid(attachmentId)
      ? await t
          .delete(attachments)
          .where(
            and(eq(attachments.id, attachmentId), eq(attachments.ownerType, EPAPER_OWNER), eq(attachments.ownerId, id)),
          )
          .returning({ fileName: attachments.fileName })
      : [];
    if (gone.length === 0) throw errors.notFound("Lampiran");
    await writeAudit(
      {
        actor: me,
        action: "epaper.attachment.remove",
        entityType: "epaper_letter",
        entityId: id,
        detail: { file: gone[0].fileName },
      },
      t,
    );
  });
}

/** Download check for E-Paper files: whoever may read the letter (rahasia letters: only the people on it). */
export async function epaperAttachmentAccess(
  actor: Actor | null,
  letterId: string,
  tx: Db = defaultDb,
): Promise<boolean> {
  if (!actor || !isUuid(letterId) || !can(actor, "epaper.read")) return false;
  const rows = await tx.select({ id: epaperLetters.id }).from(epaperLetters).where(epaperById(actor, letterId));
  return rows.length > 0;
}
