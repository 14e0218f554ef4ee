import "server-only";
import { and, desc, eq } from "drizzle-orm";
import type { z } from "zod";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { db as defaultDb } from "@/lib/db";
import { epaperLetters } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { errors } from "@/lib/errors";
import { isUuid } from "@/lib/validation";
import { loadLetter } from "./drafts";
import type { signedLetterListSchema } from "@/lib/letters/api-schema";
import { epaperVisibleTo } from "@/lib/letters/policy";
import { letterFileName } from "./send";

/**
 * `GET /api/v1/surat/keluar?status=ditandatangani`: the electronically signed letters the caller may
 * see (register scoping). `id` is the letter's id in the outgoing register (as in /surat/keluar/{id}).
 */
export async function apiListSigned(
  actor: Actor | null,
  tx: Db = defaultDb,
): Promise<z.output<typeof signedLetterListSchema>["items"]> {
  const me = await requirePermission(actor, "letter.read", tx);
  const rows = await tx
    .select({
      id: epaperLetters.outgoingLetterId,
      number: epaperLetters.number,
      verificationCode: epaperLetters.code,
      signedAt: epaperLetters.signedAt,
      status: epaperLetters.status,
      superseded: epaperLetters.supersededAt,
    })
    .from(epaperLetters)
    .where(and(epaperVisibleTo(me), eq(epaperLetters.status, "ditandatangani")))
    .orderBy(desc(epaperLetters.signedAt))
    .limit(1000);
  return rows.map((r) => ({
    id: r.id!,
    number: r.number!,
    verificationCode: r.verificationCode!,
    signedAt: r.signedAt!.toISOString(),
    superseded: r.superseded !== null,
  }));
}

/** The stored signed bytes of a letter (never re-rendered), by E-Paper id or outgoing-register id. */
export async function readLetterPdf(actor: Actor | null, id: string, tx: Db = defaultDb) {
  const me = await requirePermission(actor, "epaper.read", tx);
  const [byRegister] = isUuid(id)
    ? await tx.select({ id: epaperLetters.id }).from(epaperLetters).where(eq(epaperLetters.outgoingLetterId, id))
    : [];
  const l = await loadLetter(me, byRegister?.id ?? id, {}, tx);
  if (l.status !== "ditandatangani" || !l.pdf) throw errors.notFound("PDF bertanda tangan surat ini");
  return { data: l.pdf, sha256: l.sha256!, fileName: letterFileName(l.number!) };
}
