import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bootState as appBootState } from "@/lib/boot";
import { PUBLIC_STARTING } from "@/lib/health";
import { bootState } from "../../lib/boot-state.mjs";
import { createBootGate } from "../../scripts/boot-gate.mjs";

describe("the production server while the database is being prepared", () => {
  let server: Server;
  let base: string;
  let ready = false;
  const reached: string[] = [];

  beforeAll(async () => {
    const gate = createBootGate({ isReady: () => ready });
    server = createServer((req, res) => {
      if (gate.handle(req, res)) return;
      reached.push(`${req.method} ${req.url}`);
      res.end("next");
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const get = (path: string, init?: RequestInit) => fetch(base + path, { redirect: "manual", ...init });

  it("answers pages with 503, an Indonesian page that reloads itself, and Retry-After", async () => {
    ready = false;
    for (const path of ["/", "/aspirasi?q=drainase", "/sekretariat", "/logo-dprd.svg"]) {
      const res = await get(path);
      expect(res.status, path).toBe(503);
      expect(res.headers.get("retry-after")).toBe("5");
      expect(res.headers.get("cache-control")).toBe("no-store");
      expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(res.headers.get("x-frame-options")).toBe("DENY");
      expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
      const html = await res.text();
      expect(html).toContain('<html lang="id">');
      expect(html).toContain(`<h1>${PUBLIC_STARTING}</h1>`);
      expect(html).toContain('http-equiv="refresh" content="5"');
      expect(html).not.toContain("<script");
    }
    // A form sent during the start is not taken half-way: the citizen is told to send it again.
    const post = await get("/aspirasi/kirim", { method: "POST", body: "title=x" });
    expect(post.status).toBe(503);
    expect(await post.text()).toContain("formulir itu belum terkirim");
    expect(reached).toEqual([]);
  });

  it("answers the API with 503 JSON, and HEAD without a body", async () => {
    ready = false;
    const res = await get("/api/v1/aspirasi", { method: "POST", body: "{}" });
    expect(res.status).toBe(503);
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(await res.json()).toEqual({ status: "starting", reason: PUBLIC_STARTING });
    const head = await new Promise<{ status?: number; body: string }>((resolve) => {
      const req = request(base + "/aspirasi", { method: "HEAD" }, (r) => {
        let body = "";
        r.on("data", (c) => (body += c));
        r.on("end", () => resolve({ status: r.statusCode, body }));
      });
      req.end();
    });
    expect(head).toEqual({ status: 503, body: "" });
    expect(reached).toEqual([]);
  });

  it("lets readiness, health and the build's files through, and everything once ready", async () => {
    ready = false;
    for (const path of ["/api/ready", "/api/health", "/api/health/", "/_next/static/chunks/a.js"])
      expect((await get(path)).status, path).toBe(200);
    expect((await get("/api/readyx")).status).toBe(503);
    expect((await get("/api/ready/../v1/aspirasi")).status).toBe(503);
    ready = true;
    expect((await get("/aspirasi")).status).toBe(200);
    expect(reached).toEqual([
      "GET /api/ready",
      "GET /api/health",
      "GET /api/health/",
      "GET /_next/static/chunks/a.js",
      "GET /aspirasi",
    ]);
  });

  it("reads the same start-up state as the app's boot and /api/ready", () => {
    expect(bootState()).toBe(appBootState());
    const gate = createBootGate();
    const state = bootState();
    const before = state.ready;
    try {
      state.ready = false;
      const res = { writeHead: () => res, end: () => undefined };
      expect(gate.handle({ url: "/", method: "GET" } as never, res as never)).toBe(true);
      state.ready = true;
      expect(gate.handle({ url: "/", method: "GET" } as never, res as never)).toBe(false);
    } finally {
      state.ready = before;
    }
  });
});
