import "server-only";
import { checkLookupLimit } from "@/lib/antispam/service";
import { trackAspiration } from "@/lib/aspirations/public";
import { db, type Db } from "@/lib/db";
import { isAppError, type AppError } from "@/lib/errors";
import { pokirFromAspiration, trackProposal } from "@/lib/pokir/read";
import { normalizeTrackingCode } from "@/lib/tracking/code";

export type AspirationLookup =
  | {
      ok: true;
      tracking: Awaited<ReturnType<typeof trackAspiration>>;
      pokir: Awaited<ReturnType<typeof pokirFromAspiration>>;
    }
  | { ok: false; error: AppError };

/** Public /lacak lookup of an ASP- code: rate limit by IP, the tracking view and the pokir it became. */
export async function lookupAspiration(code: string, ip: string | null, tx: Db = db): Promise<AspirationLookup> {
  try {
    await checkLookupLimit(ip, tx);
    const tracking = await trackAspiration(code, undefined, tx);
    const pokir = await pokirFromAspiration({ aspirationCode: normalizeTrackingCode(code) ?? "" }, tx);
    return { ok: true, tracking, pokir };
  } catch (e) {
    if (!isAppError(e)) throw e;
    return { ok: false, error: e };
  }
}

export type PokirLookup =
  | { kind: "limited"; message: string }
  | { kind: "not-found" }
  | { kind: "found"; tracking: NonNullable<Awaited<ReturnType<typeof trackProposal>>> };

/** Public lookup of a POK- code: rate limit by IP, then the proposal's public view (never the proposer). */
export async function lookupPokir(code: string, ip: string | null, tx: Db = db): Promise<PokirLookup> {
  try {
    await checkLookupLimit(ip, tx);
  } catch (e) {
    if (!isAppError(e)) throw e;
    return { kind: "limited", message: e.message };
  }
  const tracking = await trackProposal(code, tx);
  return tracking ? { kind: "found", tracking } : { kind: "not-found" };
}

/**
 * Whether a look-up's answer is the same for every visitor who asks with that code: found, or not found. A
 * refusal by the per-IP limit (or any other error) belongs to this visitor only, so the page that shows it
 * must not be kept by the page cache (lib/http/page-cache.ts).
 */
export function sameForEveryVisitor(result: AspirationLookup | PokirLookup | null): boolean {
  if (!result) return true;
  if ("ok" in result) return result.ok || result.error.status === 404;
  return result.kind !== "limited";
}
