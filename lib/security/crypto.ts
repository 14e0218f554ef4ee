import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

/** Key for encrypting small secrets at rest, derived from DATA_ENCRYPTION_KEY (or AUTH_SECRET). */
function key(purpose: string): Buffer {
  const master = env().DATA_ENCRYPTION_KEY || env().AUTH_SECRET || "si-dilan-development-key";
  return Buffer.from(hkdfSync("sha256", master, "si-dilan", purpose, 32));
}

/** AES-256-GCM encrypt a short string: "v1.<iv>.<tag>.<ciphertext>" in base64url. */
export function encryptString(plain: string, purpose: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(purpose), iv);
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), data.toString("base64url")].join(
    ".",
  );
}

/** Decrypt what encryptString produced; throws when the key or the data is wrong. */
export function decryptString(box: string, purpose: string): string {
  const [v, iv, tag, data] = box.split(".");
  if (v !== "v1" || !iv || !tag || !data) throw new Error("format data terenkripsi tidak dikenal");
  const decipher = createDecipheriv("aes-256-gcm", key(purpose), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
}
