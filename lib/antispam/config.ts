import { env } from "@/lib/env";
/** Anti-spam settings, read from the environment at call time (tests and benchmarks change them). */
export interface AntiSpamConfig {
  /** ALTCHA proof-of-work on public forms and anonymous API calls; PUBLIC_CHALLENGE=off disables it. */
  challenge: boolean;
  /** Submissions allowed per IP hash and window. */
  rateLimit: number;
  rateWindowSeconds: number;
  /** Stricter per-IP limit (per hour) for form posts without the ALTCHA proof (JavaScript off). */
  noScriptRateLimit: number;
  /** Seconds a person needs at least to fill the form (bots post instantly). */
  minFillSeconds: number;
  /** Upper bound of the ALTCHA counter: the expected work is half of it (SHA-256). */
  challengeMaxNumber: number;
  challengeTtlSeconds: number;
}

type IntKey =
  | "ASPIRATION_RATE_LIMIT"
  | "ASPIRATION_NOSCRIPT_RATE_LIMIT"
  | "ASPIRATION_RATE_WINDOW_SECONDS"
  | "ASPIRATION_MIN_FILL_SECONDS"
  | "ALTCHA_MAX_NUMBER"
  | "ALTCHA_TTL_SECONDS"
  | "TRACK_RATE_LIMIT";

/** A whole-number setting, validated (with its default) in lib/env.ts. */
function int(name: IntKey, _fallback: number): number {
  return env()[name];
}

export function antiSpamConfig(): AntiSpamConfig {
  return {
    challenge: env().PUBLIC_CHALLENGE,
    rateLimit: int("ASPIRATION_RATE_LIMIT", 5),
    rateWindowSeconds: int("ASPIRATION_RATE_WINDOW_SECONDS", 600),
    noScriptRateLimit: int("ASPIRATION_NOSCRIPT_RATE_LIMIT", 3),
    minFillSeconds: int("ASPIRATION_MIN_FILL_SECONDS", 3),
    challengeMaxNumber: Math.max(10, int("ALTCHA_MAX_NUMBER", 50_000)),
    challengeTtlSeconds: int("ALTCHA_TTL_SECONDS", 600),
  };
}

/** Lookups of tracking codes per IP and minute (codes are unguessable; this slows enumeration). */
export function trackLimit(): { limit: number; windowSeconds: number } {
  return { limit: int("TRACK_RATE_LIMIT", 60), windowSeconds: 60 };
}
