import { hash, verify } from "@node-rs/argon2";

// argon2id (the library default algorithm) with OWASP's minimum parameters: 19 MiB, t=2, p=1.
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/** Hash a password with argon2id. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** Verify a password against an argon2 hash; false on any malformed hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// A real hash to verify against when the account does not exist, so timing does not reveal it.
let dummy: Promise<string> | undefined;
/** Spend the same time as a real verification. */
export async function verifyDummy(password: string): Promise<void> {
  dummy ??= hashPassword("si-dilan-dummy-password");
  await verifyPassword(await dummy, password);
}

/** Password policy shared by admin forms and resets. */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;
