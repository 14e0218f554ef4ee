import { describe, expect, it } from "vitest";
import { cpuCounters, idleShare, waitForQuiet } from "@/bench/quiet";

// Two readings of /proc/stat on a 2-core machine, one second apart (200 jiffies in all).
const before = `cpu  1000 10 500 8000 40 0 20 0 0 0
cpu0 500 5 250 4000 20 0 10 0 0 0
cpu1 500 5 250 4000 20 0 10 0 0 0
intr 123`;
const busyAfter = `cpu  1120 10 550 8020 50 0 30 0 0 0
cpu0 560 5 275 4010 25 0 15 0 0 0`;
const quietAfter = `cpu  1005 10 503 8185 42 0 20 0 0 0`;

describe("bench quiet gate", () => {
  it("counts idle and iowait as idle and the rest as busy", () => {
    expect(cpuCounters(before)).toEqual({ busy: 1530, total: 9570 });
    expect(cpuCounters("intr 1\n")).toBeNull();
  });

  it("gives the idle share of the time between two readings", () => {
    // 120 user + 50 system + 10 softirq busy, 20 idle + 10 iowait: 30 of 210 jiffies idle.
    expect(idleShare(before, busyAfter)).toBeCloseTo(30 / 210, 5);
    expect(idleShare(before, quietAfter)).toBeCloseTo(187 / 195, 5);
    expect(idleShare(before, before)).toBeNull();
    expect(idleShare("", quietAfter)).toBeNull();
  });

  it("returns after one window on a machine that is idle enough, and gives up at its deadline otherwise", async () => {
    const idle = await waitForQuiet({ min: 0, windowMs: 50 });
    expect(idle === null || (idle >= 0 && idle <= 1)).toBe(true);
    const t = Date.now();
    const busy = await waitForQuiet({ min: 1.01, windowMs: 50, timeoutMs: 120 });
    expect(Date.now() - t).toBeGreaterThanOrEqual(120);
    expect(Date.now() - t).toBeLessThan(1000);
    expect(busy === null || busy <= 1).toBe(true);
  });
});
