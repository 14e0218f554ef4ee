/* Where a load's CPU time went: the server under test, PostgreSQL, the load generator and the rest. */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { cpuCounters } from "./quiet";

/** A process's name, parent and CPU time (user + system, in clock ticks) from its /proc/<pid>/stat line. */
export function processTicks(stat: string): { name: string; ppid: number; ticks: number } | null {
  // The name is in parentheses and may itself hold spaces or parentheses: fields follow the last ")".
  const open = stat.indexOf("(");
  const close = stat.lastIndexOf(")");
  if (open < 0 || close < open) return null;
  const rest = stat
    .slice(close + 2)
    .trim()
    .split(/\s+/);
  // state ppid pgrp session tty_nr tpgid flags minflt cminflt majflt cmajflt utime stime: fields 3 to 15.
  const utime = Number(rest[11]);
  const stime = Number(rest[12]);
  if (!Number.isFinite(utime) || !Number.isFinite(stime)) return null;
  return { name: stat.slice(open + 1, close), ppid: Number(rest[1]), ticks: utime + stime };
}

/** Who used the CPU: "server" (the given pids and their children), "postgres", "bench" (this process), "other". */
export type CpuRole = "server" | "postgres" | "bench" | "other";

export interface CpuSnapshot {
  ticks: Record<CpuRole, number>;
  /** The machine's stolen time (by the host's other guests), in the same ticks. */
  steal: number;
  busy: number;
  total: number;
}

/** Sort one process into its role; `parentOf` finds a server's children (`next start` may fork one). */
export function roleOf(
  pid: number,
  name: string,
  serverPids: number[],
  benchPid: number,
  parentOf: (pid: number) => number | undefined = () => undefined,
): CpuRole {
  for (let p: number | undefined = pid, hops = 0; p !== undefined && p > 1 && hops < 16; p = parentOf(p), hops++)
    if (serverPids.includes(p)) return "server";
  if (pid === benchPid) return "bench";
  if (name === "postgres" || name.startsWith("postgres:")) return "postgres";
  return "other";
}

function read(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}

/** Every process's CPU time so far, by role (processes that started and ended in between are missed). */
export function cpuSnapshot(serverPids: number[]): CpuSnapshot {
  const ticks: Record<CpuRole, number> = { server: 0, postgres: 0, bench: 0, other: 0 };
  let pids: string[] = [];
  try {
    pids = readdirSync("/proc").filter((d) => /^\d+$/.test(d));
  } catch {
    /* not Linux */
  }
  const procs = new Map<number, { name: string; ppid: number; ticks: number }>();
  for (const d of pids) {
    const p = processTicks(read(`/proc/${d}/stat`));
    if (p) procs.set(Number(d), p);
  }
  const parentOf = (pid: number) => procs.get(pid)?.ppid;
  for (const [pid, p] of procs) ticks[roleOf(pid, p.name, serverPids, process.pid, parentOf)] += p.ticks;
  const stat = read("/proc/stat");
  const line = stat.split("\n").find((l) => l.startsWith("cpu "));
  const steal = Number(line?.trim().split(/\s+/)[8] ?? 0) || 0;
  const machine = cpuCounters(stat) ?? { busy: 0, total: 0 };
  return { ticks, steal, ...machine };
}

let ticksPerSecond: number | null = null;
function clockTicks(): number {
  if (ticksPerSecond === null) {
    try {
      ticksPerSecond = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/** The CPU time between two snapshots added to `sum` (which starts as `noCpu()`): windows measured apart, summed. */
export function addCpu(sum: CpuSnapshot, before: CpuSnapshot, after: CpuSnapshot): CpuSnapshot {
  const ticks = { ...sum.ticks };
  for (const role of Object.keys(ticks) as CpuRole[]) ticks[role] += after.ticks[role] - before.ticks[role];
  return {
    ticks,
    steal: sum.steal + after.steal - before.steal,
    busy: sum.busy + after.busy - before.busy,
    total: sum.total + after.total - before.total,
  };
}

/** A snapshot of no time at all, to sum windows into. */
export const noCpu = (): CpuSnapshot => ({
  ticks: { server: 0, postgres: 0, bench: 0, other: 0 },
  steal: 0,
  busy: 0,
  total: 0,
});

/**
 * CPU milliseconds per request of each role between two snapshots, and the share of the machine's time
 * stolen by the host meanwhile (percent). On a 2-core machine that runs the server, PostgreSQL and the
 * load generator, a route's throughput is about the cores divided by the sum of these: the figures say
 * which of them a gap between two routes is made of.
 */
export function cpuPerRequest(before: CpuSnapshot, after: CpuSnapshot, requests: number, hz = clockTicks()) {
  const ms = (role: CpuRole) =>
    requests > 0 ? Math.round((((after.ticks[role] - before.ticks[role]) * 1000) / hz / requests) * 1000) / 1000 : 0;
  const total = after.total - before.total;
  return {
    serverCpuMs: ms("server"),
    pgCpuMs: ms("postgres"),
    benchCpuMs: ms("bench"),
    otherCpuMs: ms("other"),
    stealPct: total > 0 ? Math.round(((after.steal - before.steal) / total) * 1000) / 10 : 0,
  };
}
