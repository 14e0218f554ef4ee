import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

// Development/test fallback only; production refuses to run without SIGNING_KEY (see signingKey()).
const DEV_FALLBACK = "si-dilan-development-signing-key-not-for-production";

/**
 * The key that seals signer keys and the CA key at rest. Required in production: losing or changing
 * it makes every stored PKCS#12 unreadable, so it must be set deliberately and backed up.
 */
export function signingKey(): string {
  // env() already refuses a short key, and a missing one in production, with one message for all.
  const e = env();
  const key = e.SIGNING_KEY;
  if (key) return key;
  if (e.NODE_ENV === "production" && e.NEXT_PHASE !== "phase-production-build") {
    throw new Error(
      "SIGNING_KEY belum diatur. Di produksi, setel SIGNING_KEY (mis. `openssl rand -base64 33`) dan simpan cadangannya: kunci ini mengamankan sertifikat penanda tangan risalah.",
    );
  }
  return DEV_FALLBACK;
}

function aesKey(purpose: string): Buffer {
  return createHash("sha256").update(`${purpose}|${signingKey()}`).digest();
}

/** Seal bytes with AES-256-GCM under SIGNING_KEY: iv(12) | tag(16) | ciphertext. */
export function seal(data: Buffer, purpose = "sidilan-seal"): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", aesKey(purpose), iv);
  const body = Buffer.concat([cipher.update(data), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

/** Open bytes sealed with seal(); throws when the key is wrong or the data was altered. */
export function unseal(sealed: Buffer, purpose = "sidilan-seal"): Buffer {
  const decipher = createDecipheriv("aes-256-gcm", aesKey(purpose), sealed.subarray(0, 12));
  decipher.setAuthTag(sealed.subarray(12, 28));
  return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]);
}

/** Password of a stored PKCS#12, derived from SIGNING_KEY and the certificate id (never stored). */
export function p12Password(certificateId: string): string {
  return createHash("sha256").update(`p12|${certificateId}|${signingKey()}`).digest("base64url");
}
