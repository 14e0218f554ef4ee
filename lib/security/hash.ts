import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

/** Hex SHA-256 of a string or bytes. */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/** Secret used to salt hashes of IPs and identifiers; stable per deployment. */
function salt(): string {
  return env().IP_HASH_SALT || env().AUTH_SECRET || "si-dilan-development-salt";
}

/**
 * Salted, keyed hash of an identifier (IP address, e-mail) so rate limits and audit entries never
 * store the raw value. `period` rotates the hash (e.g. per day) for a short lifetime.
 */
export function keyedHash(value: string, period = ""): string {
  return createHmac("sha256", salt()).update(`${period}|${value}`).digest("base64url").slice(0, 32);
}

/** Constant-time string comparison. */
export function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}

/** URL-safe random token. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}
