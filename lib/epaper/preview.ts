import "server-only";
import { eq } from "drizzle-orm";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { db as defaultDb } from "@/lib/db";
import { epaperTemplates, users } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { todayWita } from "@/lib/letters/input-checks";
import { loadLetter } from "./drafts";
import { buildLetterPdfData } from "./pdf-data";
import { renderLetterPdf } from "./pdf/letter-pdf";

/**
 * The draft rendered as the letter will look, for the signer to read on a phone before signing (and
 * for the drafter and the paraf chain): same layout, today's date, the number left open, no QR code
 * and no signature claim. Who may see it is the letter's own scoping (loadLetter); nothing is stored.
 */
export async function previewLetterPdf(actor: Actor | null, id: string, tx: Db = defaultDb) {
  const me = await requirePermission(actor, "epaper.read", tx);
  const letter = await loadLetter(me, id, {}, tx);
  const [tpl] = await tx
    .select({ heading: epaperTemplates.heading })
    .from(epaperTemplates)
    .where(eq(epaperTemplates.id, letter.templateId));
  const [signer] = await tx.select({ name: users.name }).from(users).where(eq(users.id, letter.signerId));
  const day = todayWita();
  const data = await buildLetterPdfData(letter, {
    heading: tpl?.heading ?? null,
    number: `${letter.classificationCode}/…/DPRD/${day.slice(0, 4)} (diberikan saat ditandatangani)`,
    date: day,
    code: "—",
    capacity: {
      mode: "sendiri",
      principalPosition: letter.signerPosition,
      signerName: signer?.name ?? "",
      signerPosition: null,
    },
    preview: true,
  });
  return { data: await renderLetterPdf(data), fileName: `pratinjau-surat-${letter.id.slice(0, 8)}.pdf` };
}
