import "server-only";
import { createChallenge, randomInt, verifySolution, type Challenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/sha";
import { hitRateLimit } from "@/lib/rate-limit/service";
import { keyedHash } from "@/lib/security/hash";
import { db, type Db } from "@/lib/db";
import { antiSpamConfig } from "./config";
import { env } from "@/lib/env";

function secret(): string {
  return `altcha|${env().ALTCHA_HMAC_KEY || env().AUTH_SECRET || "si-dilan-development-altcha"}`;
}

/** A self-hosted ALTCHA challenge (SHA-256 proof of work, HMAC-signed, short expiry). */
export async function newChallenge(now = Date.now()): Promise<Challenge> {
  const cfg = antiSpamConfig();
  return createChallenge({
    algorithm: "SHA-256",
    cost: 1,
    counter: randomInt(Math.floor(cfg.challengeMaxNumber / 10), cfg.challengeMaxNumber),
    deriveKey,
    expiresAt: Math.floor(now / 1000) + cfg.challengeTtlSeconds,
    hmacSignatureSecret: secret(),
    hmacKeySignatureSecret: `${secret()}|key`,
  });
}

export type ChallengeOutcome = "ok" | "missing" | "invalid" | "expired" | "replayed";

/**
 * Check an ALTCHA payload (base64 JSON of { challenge, solution }). Each challenge counts once: its
 * nonce is recorded in the rate-limit table until it expires, so a replay is refused on any instance.
 */
export async function verifyChallenge(payload: unknown, tx: Db = db): Promise<ChallengeOutcome> {
  if (typeof payload !== "string" || !payload.trim()) return "missing";
  if (payload.length > 10_000) return "invalid";
  let parsed: { challenge?: Challenge; solution?: { counter: number; derivedKey: string } };
  try {
    parsed = JSON.parse(Buffer.from(payload, "base64").toString("utf8"));
  } catch {
    return "invalid";
  }
  if (!parsed?.challenge?.parameters || !parsed.solution || typeof parsed.solution !== "object") return "invalid";
  let result;
  try {
    result = await verifySolution({
      challenge: parsed.challenge,
      solution: parsed.solution,
      deriveKey,
      hmacSignatureSecret: secret(),
      hmacKeySignatureSecret: `${secret()}|key`,
    });
  } catch {
    return "invalid";
  }
  if (result.expired) return "expired";
  if (!result.verified) return "invalid";
  const cfg = antiSpamConfig();
  const used = await hitRateLimit(
    `altcha:${keyedHash(String(parsed.challenge.parameters.nonce))}`,
    1,
    cfg.challengeTtlSeconds + 60,
    tx,
  );
  return used.allowed ? "ok" : "replayed";
}
