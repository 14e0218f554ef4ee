import { spawn } from "node:child_process";
import { createServer, type Server } from "node:net";
import { describe, expect, it } from "vitest";
import { assertPortFree, waitUntilReady } from "@/bench/lib";

const listen = (server: Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve((server.address() as { port: number }).port)),
  );

describe("bench: a port left taken by an earlier run", () => {
  it("refuses a port something listens on, and accepts it once that is gone", async () => {
    const leftover = createServer();
    const port = await listen(leftover);
    await expect(assertPortFree(port)).rejects.toThrow(`port ${port} is already in use`);
    await new Promise((r) => leftover.close(r));
    await expect(assertPortFree(port)).resolves.toBeUndefined();
  });
});

describe("bench: waiting for a server it started", () => {
  const node = (code: string) => spawn(process.execPath, ["-e", code], { stdio: "ignore" });

  it("fails at once when the process exits before it answers", async () => {
    const child = node("process.exit(3)");
    const t0 = Date.now();
    await expect(waitUntilReady("http://127.0.0.1:9/", child, "test server", 30_000, 50)).rejects.toThrow(
      "test server exited (3) before it was ready",
    );
    expect(Date.now() - t0).toBeLessThan(10_000);
  });

  it("returns once the process answers 2xx, and gives up after the timeout", async () => {
    const probe = createServer();
    const port = await listen(probe);
    await new Promise((r) => probe.close(r));
    const child = node(`require("node:http").createServer((q, s) => s.end("ok")).listen(${port}, "127.0.0.1")`);
    try {
      await expect(
        waitUntilReady(`http://127.0.0.1:${port}/`, child, "test server", 30_000, 50),
      ).resolves.toBeUndefined();
    } finally {
      child.kill();
    }
    const silent = node("setTimeout(() => {}, 60_000)");
    try {
      await expect(waitUntilReady(`http://127.0.0.1:${port}/`, silent, "silent server", 300, 50)).rejects.toThrow(
        "silent server not ready after 0.3 s",
      );
    } finally {
      silent.kill();
    }
  });
});
