import "server-only";
import { and, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { z } from "zod";
import { allowPermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { db as defaultDb } from "@/lib/db";
import { epaperDelegations, epaperLetters, users } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import type { verifiedLetterSchema } from "@/lib/letters/api-schema";
import { epaperVisibleTo } from "@/lib/letters/policy";
import { normalizeLetterCode } from "./pdf-data";

/**
 * What /verifikasi/{code} shows of a signed letter. Anyone may check that a letter is genuine; the
 * content (subject, addressees) only when it is not rahasia or the viewer may see the letter.
 * A rahasia letter shows only that it is genuine: code, signing time and hash.
 */
export type LetterVerification = z.output<typeof verifiedLetterSchema>;

export async function letterVerification(
  actor: Actor | null,
  rawCode: string,
  tx: Db = defaultDb,
): Promise<LetterVerification | null> {
  await allowPermission(actor, "minutes.verify", tx);
  const code = normalizeLetterCode(rawCode);
  if (!code) return null;
  const signer = alias(users, "signer");
  const [row] = await tx
    .select({ l: epaperLetters, signerName: signer.name, mode: epaperDelegations.mode })
    .from(epaperLetters)
    .innerJoin(signer, eq(signer.id, epaperLetters.signedBy))
    .leftJoin(epaperDelegations, eq(epaperDelegations.id, epaperLetters.delegationId))
    .where(and(eq(epaperLetters.code, code), eq(epaperLetters.status, "ditandatangani")));
  if (!row) return null;
  const l = row.l;
  const mayRead =
    l.nature !== "rahasia" ||
    (actor
      ? (
          await tx
            .select({ id: epaperLetters.id })
            .from(epaperLetters)
            .where(and(eq(epaperLetters.id, l.id), epaperVisibleTo(actor)))
        ).length > 0
      : false);
  const [next] = await tx
    .select({ code: epaperLetters.code })
    .from(epaperLetters)
    .where(and(eq(epaperLetters.supersedesId, l.id), eq(epaperLetters.status, "ditandatangani")));
  const [prev] = l.supersedesId
    ? await tx.select({ code: epaperLetters.code }).from(epaperLetters).where(eq(epaperLetters.id, l.supersedesId))
    : [];
  const capacity =
    row.mode === "an" ? `a.n. ${l.signerPosition}` : row.mode === "plh" ? `Plh. ${l.signerPosition}` : l.signerPosition;
  return {
    code,
    confidential: l.nature === "rahasia",
    current: !l.supersededAt,
    signedAt: l.signedAt!,
    sha256: l.sha256!,
    size: l.pdf!.length,
    number: mayRead ? l.number : null,
    subject: mayRead ? l.subject : null,
    letterDate: mayRead ? l.letterDate : null,
    signerName: mayRead ? row.signerName : null,
    capacity: mayRead ? capacity : null,
    replacement: next?.code ? { code: next.code } : null,
    supersedes: prev && mayRead ? { code: prev.code } : null,
    correctionReason: mayRead ? l.correctionReason : null,
  };
}
