import { describe, expect, it } from "vitest";
import { addCpu, cpuPerRequest, noCpu, processTicks, roleOf, type CpuSnapshot } from "@/bench/cpu";

describe("bench CPU attribution", () => {
  it("reads a process's name, parent and CPU ticks, even when the name holds spaces and parentheses", () => {
    // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime ...
    const stat = "4242 (postgres: postgres db (x) 127.0.0.1) S 900 900 900 0 -1 4194560 10 0 0 0 730 270 0 0 20 0";
    expect(processTicks(stat)).toEqual({ name: "postgres: postgres db (x) 127.0.0.1", ppid: 900, ticks: 1000 });
    expect(processTicks("garbage")).toBeNull();
  });

  it("sorts processes into the server (with its children), PostgreSQL, the bench and the rest", () => {
    const parents = new Map([
      [11, 10],
      [12, 11],
      [20, 1],
    ]);
    const parentOf = (p: number) => parents.get(p);
    expect(roleOf(10, "node", [10], 99, parentOf)).toBe("server");
    expect(roleOf(12, "next-server", [10], 99, parentOf)).toBe("server");
    expect(roleOf(20, "postgres", [10], 99, parentOf)).toBe("postgres");
    expect(roleOf(21, "postgres: walwriter", [10], 99, parentOf)).toBe("postgres");
    expect(roleOf(99, "node", [10], 99, parentOf)).toBe("bench");
    expect(roleOf(20, "chromium", [10], 99, parentOf)).toBe("other");
  });

  it("gives CPU milliseconds per request of each role and the stolen share", () => {
    const before: CpuSnapshot = {
      ticks: { server: 100, postgres: 50, bench: 10, other: 5 },
      steal: 0,
      busy: 0,
      total: 0,
    };
    const after: CpuSnapshot = {
      ticks: { server: 300, postgres: 100, bench: 20, other: 5 },
      steal: 20,
      busy: 380,
      total: 400,
    };
    // 200 server ticks at 100 Hz = 2,000 ms over 1,000 requests: 2 ms each.
    expect(cpuPerRequest(before, after, 1000, 100)).toEqual({
      serverCpuMs: 2,
      pgCpuMs: 0.5,
      benchCpuMs: 0.1,
      otherCpuMs: 0,
      stealPct: 5,
    });
    expect(cpuPerRequest(before, after, 0, 100).serverCpuMs).toBe(0);
  });

  it("sums windows measured apart, leaving out the time between them", () => {
    const at = (server: number, total: number): CpuSnapshot => ({
      ticks: { server, postgres: server / 2, bench: 0, other: 0 },
      steal: 0,
      busy: total,
      total,
    });
    // Two windows of 100 server ticks each, with 1,000 ticks of another route's window between them.
    const sum = addCpu(addCpu(noCpu(), at(0, 0), at(100, 200)), at(1100, 2200), at(1200, 2400));
    expect(sum).toEqual({ ticks: { server: 200, postgres: 100, bench: 0, other: 0 }, steal: 0, busy: 400, total: 400 });
    expect(cpuPerRequest(noCpu(), sum, 400, 100)).toMatchObject({ serverCpuMs: 5, pgCpuMs: 2.5 });
  });
});
