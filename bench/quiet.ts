/* Waiting for a quiet machine before a measurement that counts main-thread time (Lighthouse). */
import { readFileSync } from "node:fs";

/** The machine's CPU counters from the "cpu " line of /proc/stat: busy and total jiffies. */
export function cpuCounters(procStat: string): { busy: number; total: number } | null {
  const line = procStat.split("\n").find((l) => l.startsWith("cpu "));
  if (!line) return null;
  // user nice system idle iowait irq softirq steal (guest and guest_nice are already in user and nice).
  const v = line.trim().split(/\s+/).slice(1, 9).map(Number);
  if (v.length < 4 || v.some((n) => !Number.isFinite(n))) return null;
  const total = v.reduce((a, b) => a + b, 0);
  const idle = v[3] + (v[4] ?? 0);
  return { busy: total - idle, total };
}

/** The share of the machine's CPU time that was idle between two /proc/stat readings (0 to 1), or null. */
export function idleShare(before: string, after: string): number | null {
  const a = cpuCounters(before);
  const b = cpuCounters(after);
  if (!a || !b || b.total <= a.total) return null;
  return 1 - (b.busy - a.busy) / (b.total - a.total);
}

const readStat = () => {
  try {
    return readFileSync("/proc/stat", "utf8");
  } catch {
    return "";
  }
};

/**
 * Wait until the whole machine has been at least `min` idle over one `windowMs` window (other processes
 * included: autovacuum after a write load, a build, the server's own collection), for at most `timeoutMs`.
 * Returns the last window's idle share (null where /proc/stat is missing), so a report can say how quiet
 * its measurement was. Lighthouse's blocking time is the observed main-thread time times four: any other
 * work on a 2-core machine lands in it.
 */
export async function waitForQuiet({ min = 0.9, windowMs = 1000, timeoutMs = 60_000 } = {}): Promise<number | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const before = readStat();
    await new Promise((r) => setTimeout(r, windowMs));
    const idle = idleShare(before, readStat());
    if (idle === null || idle >= min || Date.now() >= deadline) return idle;
  }
}
