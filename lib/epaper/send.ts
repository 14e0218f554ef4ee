import "server-only";
import { and, eq } from "drizzle-orm";
import { writeAudit } from "@/lib/audit/service";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { db as defaultDb } from "@/lib/db";
import { epaperDeliveries, epaperLetters, epaperVersions, type LetterParty } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { errors } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { verifyUrl } from "@/lib/minutes/pdf-data";
import { enqueueMessage } from "@/lib/outbox/service";
import { listAttachments } from "@/lib/attachments/service";
import { EPAPER_OWNER } from "./attachments";
import { loadLetter } from "./drafts";
import { correctionSchema } from "./schema";

/** File name of a signed letter: its number with separators made safe. */
export function letterFileName(number: string): string {
  return `surat-${number.replace(/[^A-Za-z0-9.-]+/g, "-")}.pdf`;
}

/**
 * Send a signed letter: each addressee and tembusan with an e-mail gets the signed PDF through the
 * outbox, with the files attached to the draft (its lampiran); the others are recorded as printed
 * copies (the PDF carries the same QR code). Every copy is recorded as a delivery. Sending twice is
 * refused.
 */
export async function sendLetter(
  actor: Actor | null,
  id: string,
  tx: Db = defaultDb,
): Promise<{ emailed: number; printed: number }> {
  const me = await requirePermission(actor, "epaper.send", tx);
  return tx.transaction(async (t) => {
    const l = await loadLetter(me, id, { forUpdate: true, permission: "epaper.send" }, t);
    if (l.status !== "ditandatangani" || !l.pdf)
      throw errors.conflict("Hanya surat yang sudah ditandatangani yang dapat dikirim.");
    const sent = await t
      .select({ id: epaperDeliveries.id })
      .from(epaperDeliveries)
      .where(eq(epaperDeliveries.letterId, id))
      .limit(1);
    if (sent.length) throw errors.conflict("Surat ini sudah dikirim.");
    const files = await listAttachments({ type: EPAPER_OWNER, id }, t);
    const withFiles = files.length ? `, beserta ${files.length} berkas lampiran` : "";
    let emailed = 0;
    let printed = 0;
    const parties: [LetterParty, "tujuan" | "tembusan"][] = [
      ...l.recipients.map((p) => [p, "tujuan"] as [LetterParty, "tujuan"]),
      ...l.copies.map((p) => [p, "tembusan"] as [LetterParty, "tembusan"]),
    ];
    for (const [p, kind] of parties) {
      let outboxId: string | null = null;
      if (p.email) {
        outboxId = await enqueueMessage(
          {
            channel: "email",
            recipient: p.email,
            subject: `${kind === "tembusan" ? "Tembusan: " : ""}Surat DPRD Kota Balikpapan nomor ${l.number}`,
            body: `Yth. ${p.name},\n\nBersama ini kami sampaikan surat DPRD Kota Balikpapan nomor ${l.number}${l.nature === "rahasia" ? "" : ` perihal ${l.subject}`} (terlampir, PDF bertanda tangan elektronik${withFiles}).\n\nKeaslian surat dapat diperiksa di ${verifyUrl(l.code!)}.\n\nSekretariat DPRD Kota Balikpapan`,
            relatedType: "epaper_letter",
            relatedId: id,
            attachment: { name: letterFileName(l.number!), data: l.pdf },
            fileIds: files.map((f) => f.id),
          },
          t,
        );
        emailed++;
      } else printed++;
      await t.insert(epaperDeliveries).values({
        letterId: id,
        kind,
        channel: p.email ? "email" : "cetak",
        name: p.name,
        email: p.email ?? null,
        outboxId,
        createdBy: me.id,
      });
    }
    await writeAudit(
      { actor: me, action: "epaper.send", entityType: "epaper_letter", entityId: id, detail: { emailed, printed } },
      t,
    );
    return { emailed, printed };
  });
}

export async function deliveriesOf(letterId: string, tx: Db = defaultDb) {
  return tx.select().from(epaperDeliveries).where(eq(epaperDeliveries.letterId, letterId)).orderBy(epaperDeliveries.id);
}

/**
 * Correct a signed letter: a new draft with the same content that references the old one. Once the
 * correction is signed, the old letter is marked superseded; both stay verifiable.
 */
export async function startCorrection(
  actor: Actor | null,
  id: string,
  input: unknown,
  tx: Db = defaultDb,
): Promise<{ id: string }> {
  const me = await requirePermission(actor, "epaper.draft", tx);
  const { reason } = parseInput(correctionSchema, input);
  return tx.transaction(async (t) => {
    const old = await loadLetter(me, id, { forUpdate: true, permission: "epaper.draft" }, t);
    if (old.status !== "ditandatangani" || old.supersededAt)
      throw errors.conflict("Hanya surat bertanda tangan yang masih berlaku yang dapat dikoreksi.");
    const open = await t
      .select({ id: epaperLetters.id })
      .from(epaperLetters)
      .where(and(eq(epaperLetters.supersedesId, id)));
    if (open.length) throw errors.conflict("Koreksi surat ini sudah dibuat.");
    const content = {
      nature: old.nature,
      attachmentsNote: old.attachmentsNote,
      subject: old.subject,
      recipients: old.recipients,
      copies: old.copies,
      body: old.body,
      classificationCode: old.classificationCode,
      signerId: old.signerId,
      signerPosition: old.signerPosition,
    };
    const [row] = await t
      .insert(epaperLetters)
      .values({ templateId: old.templateId, ...content, createdBy: me.id, supersedesId: id, correctionReason: reason })
      .returning({ id: epaperLetters.id });
    await t.insert(epaperVersions).values({ letterId: row.id, revision: 0, content, savedBy: me.id });
    await writeAudit(
      {
        actor: me,
        action: "epaper.correct",
        entityType: "epaper_letter",
        entityId: row.id,
        detail: { supersedes: id, number: old.number, reason },
      },
      t,
    );
    return { id: row.id };
  });
}
