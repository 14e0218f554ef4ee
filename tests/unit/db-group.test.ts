import { describe, expect, it } from "vitest";
import { sqlState } from "@/lib/db/errors";
import { groupWriter } from "@/lib/db/group";

/** A write that finishes when the test says so, recording what each statement carried. */
function harness(opts: { maxGroup?: number; maxInFlight?: number; refuse?: (items: string[]) => unknown } = {}) {
  const statements: string[][] = [];
  const open: (() => void)[] = [];
  const write = (items: string[]) =>
    new Promise<void>((resolve, reject) => {
      statements.push(items);
      open.push(() => {
        const err = opts.refuse?.(items);
        if (err) reject(err);
        else resolve();
      });
    });
  const writer = groupWriter<string>({
    maxGroup: opts.maxGroup ?? 4,
    maxInFlight: opts.maxInFlight ?? 1,
    keyOf: (s) => s.split(":")[0],
    writeGroup: write,
    writeOne: (s) => write([s]),
  });
  /** Finish every statement running now, then let the writer start the next ones. */
  const finishRunning = async () => {
    for (const done of open.splice(0)) done();
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return { statements, writer, finishRunning };
}

const settled = (ps: Promise<void>[]) =>
  Promise.allSettled(ps).then((r) => r.map((x) => (x.status === "fulfilled" ? "ok" : String(x.reason))));

describe("group commit (lib/db/group.ts)", () => {
  it("sends a lone write at once, and groups the writes that wait behind it", async () => {
    const h = harness({ maxGroup: 3 });
    const ps = ["a:1", "a:2", "a:3", "a:4", "a:5", "a:6"].map(h.writer);
    expect(h.statements).toEqual([["a:1"]]);
    await h.finishRunning();
    expect(h.statements).toEqual([["a:1"], ["a:2", "a:3", "a:4"]]);
    await h.finishRunning();
    await h.finishRunning();
    expect(h.statements).toEqual([["a:1"], ["a:2", "a:3", "a:4"], ["a:5", "a:6"]]);
    expect(await settled(ps)).toEqual(["ok", "ok", "ok", "ok", "ok", "ok"]);
  });

  it("runs up to maxInFlight statements at once, and never mixes keys in one statement", async () => {
    const h = harness({ maxInFlight: 2 });
    const ps = ["a:1", "b:1", "a:2", "b:2", "a:3"].map(h.writer);
    expect(h.statements).toEqual([["a:1"], ["b:1"]]);
    await h.finishRunning();
    expect(h.statements.slice(2)).toEqual([["a:2", "a:3"], ["b:2"]]);
    await h.finishRunning();
    expect(await settled(ps)).toEqual(["ok", "ok", "ok", "ok", "ok"]);
  });

  it("tries a refused group again one write at a time, so only the bad write fails", async () => {
    const refused = Object.assign(new Error("duplicate key"), { code: "23505" });
    const h = harness({ refuse: (items) => (items.includes("a:bad") ? refused : null) });
    const ps = ["a:1", "a:2", "a:bad", "a:3"].map(h.writer);
    await h.finishRunning(); // a:1 alone
    await h.finishRunning(); // the group of three, refused
    await h.finishRunning(); // each of them alone
    expect(h.statements).toEqual([["a:1"], ["a:2", "a:bad", "a:3"], ["a:2"], ["a:bad"], ["a:3"]]);
    expect(await settled(ps)).toEqual(["ok", "ok", "Error: duplicate key", "ok"]);
  });

  it("fails a whole group without a retry when the failure is not the database refusing it (it may have committed)", async () => {
    const h = harness({ refuse: (items) => (items.length > 1 ? new Error("connection closed") : null) });
    const ps = ["a:1", "a:2", "a:3"].map(h.writer);
    await h.finishRunning();
    await h.finishRunning();
    await h.finishRunning();
    expect(h.statements).toEqual([["a:1"], ["a:2", "a:3"]]);
    expect(await settled(ps)).toEqual(["ok", "Error: connection closed", "Error: connection closed"]);
  });

  it("reads a SQLSTATE through drizzle's wrapping, and nothing else as one", () => {
    const pg = Object.assign(new Error("violates foreign key"), { code: "23503" });
    expect(sqlState(new Error("Failed query", { cause: pg }))).toBe("23503");
    expect(sqlState(Object.assign(new Error("x"), { code: "CONNECTION_CLOSED" }))).toBeNull();
    expect(sqlState(Object.assign(new Error("x"), { code: "ECONNRESET" }))).toBeNull();
    expect(sqlState("23505")).toBeNull();
  });
});
