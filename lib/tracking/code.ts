import { randomInt } from "node:crypto";

/** Alphabet without look-alikes (no 0/O, 1/I/L, U): easy to read aloud and type from paper. */
export const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

export type TrackingPrefix = "ASP" | "POK";

/**
 * A tracking code like `ASP-7KX9-Q2MD`: 8 random symbols from a 30-symbol alphabet (~39 bits,
 * from the CSPRNG), so codes cannot be guessed; /lacak is rate-limited on top.
 */
export function newTrackingCode(prefix: TrackingPrefix): string {
  let s = "";
  for (let i = 0; i < 8; i++) s += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return `${prefix}-${s.slice(0, 4)}-${s.slice(4)}`;
}

/** Normalise what a person typed (spaces, lower case, missing dashes) to the canonical form, or null. */
export function normalizeTrackingCode(input: string): string | null {
  const raw = input.toUpperCase().replace(/[\s_.-]/g, "");
  const m = /^(ASP|POK)([A-Z0-9]{8})$/.exec(raw);
  if (!m) return null;
  if ([...m[2]].some((c) => !CODE_ALPHABET.includes(c))) return null;
  return `${m[1]}-${m[2].slice(0, 4)}-${m[2].slice(4)}`;
}
