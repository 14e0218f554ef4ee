import "server-only";
import { and, eq, inArray, ne } from "drizzle-orm";
import { aspirations } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { errors } from "@/lib/errors";

/** Tracking codes (ASP-/POK-) written in a text, in canonical form. */
export function codesIn(text: string | null | undefined): string[] {
  const found = (text ?? "").toUpperCase().match(/\b(?:ASP|POK)-[0-9A-Z]{4}-[0-9A-Z]{4}\b/g) ?? [];
  return [...new Set(found)];
}

/** Codes of confidential (rahasia) aspirations among these, except the aspiration itself. */
export async function confidentialCodes(codes: string[], exceptId?: string, tx: Db = db): Promise<string[]> {
  const asp = codes.filter((c) => c.startsWith("ASP-"));
  if (asp.length === 0) return [];
  const rows = await tx
    .select({ code: aspirations.trackingCode })
    .from(aspirations)
    .where(
      and(
        inArray(aspirations.trackingCode, asp),
        eq(aspirations.isConfidential, true),
        exceptId ? ne(aspirations.id, exceptId) : undefined,
      ),
    );
  return rows.map((r) => r.code);
}

/**
 * A public note (shown on /lacak and sent to a citizen) must never carry the code of a confidential
 * aspiration: with the code anyone could follow it and start a data request on it.
 */
export async function assertNoConfidentialCode(
  text: string | null | undefined,
  field: string,
  exceptId?: string,
  tx: Db = db,
): Promise<void> {
  const leaked = await confidentialCodes(codesIn(text), exceptId, tx);
  if (leaked.length)
    throw errors.validation({
      [field]: [`Catatan publik tidak boleh memuat kode aspirasi rahasia (${leaked.join(", ")}).`],
    });
}

/** Replace the codes of confidential aspirations in a public text (for notes written before). */
export function redactCodes(text: string | null, codes: string[]): string | null {
  if (!text || codes.length === 0) return text;
  return codes.reduce((t, c) => t.split(c).join("[aspirasi rahasia]"), text);
}
