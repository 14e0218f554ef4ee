import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NotForPageCache } from "@/components/layout/not-for-page-cache";
import * as policy from "@/lib/http/page-cache";
import { contentSecurityPolicy, INLINE_HASHES_TOKEN as POLICY_TOKEN } from "@/lib/security/headers";
import {
  CACHE_STATUS_HEADER,
  createPageCache,
  INLINE_HASHES_TOKEN,
  inlineScriptHashes,
  isNextInlineScript,
  PAGE_CACHE_HEADER,
} from "../../scripts/page-cache.mjs";

const sha = (s: string) => `'sha256-${createHash("sha256").update(s, "utf8").digest("base64")}'`;
const BOOT = "(self.__next_f=self.__next_f||[]).push([0])";
const PUSH = 'self.__next_f.push([1,"0:{\\"P\\":null};a:b\\u003cscript\\u003e"])';
const TURBOPACK =
  '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"],"runtimeModuleIds":[494553]});';

describe("Next's inline scripts, and only those", () => {
  it("accepts the payload bootstrap and JSON payload pushes", () => {
    expect(isNextInlineScript(BOOT)).toBe(true);
    expect(isNextInlineScript(`${BOOT};self.__next_f.push([2,null])`)).toBe(true);
    expect(isNextInlineScript(PUSH)).toBe(true);
    expect(isNextInlineScript(TURBOPACK)).toBe(true);
  });

  it("rejects anything that could run other code", () => {
    for (const evil of [
      "alert(1)",
      "",
      `${BOOT};alert(1)`,
      "self.__next_f.push([1]);alert(1)",
      "self.__next_f.push([1]);alert(1)//])",
      'self.__next_f.push([1,"a"+alert(1)])',
      'self.__next_f.push({"a":1})',
      "self.__next_f.push([1,`${alert(1)}`])",
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"a":alert(1)});',
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({});alert(1);',
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push([1]);',
    ]) {
      expect(isNextInlineScript(evil), evil).toBe(false);
    }
  });

  it("hashes the inline scripts that are Next's, skips external ones, and leaves the rest out", () => {
    const html = `<html><head><script src="/_next/static/chunks/a.js" async=""></script></head><body><script id="_R_">${TURBOPACK}</script><script>${BOOT}</script><script>${PUSH}</script><script>alert(document.cookie)</script></body></html>`;
    const { hashes, rejected } = inlineScriptHashes(html);
    expect(hashes).toEqual([sha(TURBOPACK), sha(BOOT), sha(PUSH)]);
    expect(rejected).toEqual(["alert(document.cookie)"]);
  });
});

describe("the policy shared with the proxy", () => {
  it("uses the same header and token as the server", () => {
    expect(policy.PAGE_CACHE_HEADER).toBe(PAGE_CACHE_HEADER);
    expect(POLICY_TOKEN).toBe(INLINE_HASHES_TOKEN);
    const csp = contentSecurityPolicy("hashes");
    expect(csp).toContain(`script-src 'self' ${INLINE_HASHES_TOKEN}`);
    expect(/script-src [^;]*/.exec(csp)?.[0]).not.toMatch(/unsafe-inline|strict-dynamic|nonce-/);
    expect(contentSecurityPolicy({ nonce: "abc" })).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
  });

  it("caches public lists and static pages, never forms, look-ups by code or writes", () => {
    const q = (s = "") => new URLSearchParams(s);
    expect(policy.pageCacheSeconds("GET", "/", q())).toBe(policy.PAGE_CACHE_SECONDS);
    expect(policy.pageCacheSeconds("GET", "/aspirasi", q("q=drainase&hal=2"))).toBeGreaterThan(0);
    expect(policy.pageCacheSeconds("GET", "/anggota/budi-santoso", q())).toBeGreaterThan(0);
    expect(policy.pageCacheSeconds("GET", "/lacak", q())).toBeGreaterThan(0);
    expect(policy.pageCacheSeconds("GET", "/lacak", q("kode="))).toBeGreaterThan(0);
    // A look-up by code is kept per code, unless the page says its answer is the visitor's own (below).
    expect(policy.pageCacheSeconds("GET", "/lacak", q("kode=ASP-7KX9-Q2MD"))).toBeGreaterThan(0);
    expect(policy.pageCacheSeconds("GET", "/verifikasi", q("kode=X"))).toBe(0);
    expect(policy.pageCacheSeconds("GET", "/aspirasi/kirim", q())).toBe(0);
    expect(policy.pageCacheSeconds("GET", "/pokir/usul", q())).toBe(0);
    expect(policy.pageCacheSeconds("GET", "/masuk", q())).toBe(0);
    expect(policy.pageCacheSeconds("GET", "/portal", q())).toBe(0);
    expect(policy.pageCacheSeconds("POST", "/aspirasi", q())).toBe(0);
  });
});

type Fetched = { status: number; headers: IncomingMessage["headers"]; body: Buffer };

describe("createPageCache on a real HTTP server", () => {
  let server: Server | null = null;
  afterEach(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())));

  const PAGE = `<!DOCTYPE html><html><body><p>Daftar</p><script>${BOOT}</script><script>${PUSH}</script></body></html>`;

  /** A stand-in for Next's handler: headers via setHeader, then the page in streamed pieces. */
  async function start(
    render: (req: IncomingMessage, res: ServerResponse, n: number) => void | Promise<void>,
    clock?: { t: number },
  ) {
    const cache = createPageCache(clock ? { now: () => clock.t } : {});
    let renders = 0;
    server = createServer((req, res) => {
      void cache.handle(req, res, async () => {
        renders++;
        await render(req, res, renders);
      });
    });
    await new Promise<void>((r) => server!.listen(0, "127.0.0.1", () => r()));
    const port = (server!.address() as AddressInfo).port;
    const get = (path: string, opts: { method?: string; headers?: Record<string, string> } = {}) =>
      new Promise<Fetched>((resolve, reject) => {
        const req = request(
          { host: "127.0.0.1", port, path, method: opts.method ?? "GET", headers: opts.headers },
          (res) => {
            const chunks: Buffer[] = [];
            res.on("data", (c: Buffer) => chunks.push(c));
            res.on("end", () =>
              resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
            );
          },
        );
        req.on("error", reject);
        req.end();
      });
    return { get, renders: () => renders, cache };
  }

  function marked(res: ServerResponse, opts: { seconds?: string; cookie?: boolean; status?: number } = {}) {
    res.statusCode = opts.status ?? 200;
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.setHeader("content-security-policy", contentSecurityPolicy("hashes"));
    res.setHeader(PAGE_CACHE_HEADER, opts.seconds ?? "30");
    if (opts.cookie) res.setHeader("set-cookie", "a=b");
  }

  function writeInPieces(res: ServerResponse, body: Buffer | string) {
    const b = Buffer.from(body);
    res.flushHeaders();
    res.write(b.subarray(0, 20));
    res.write(b.subarray(20));
    res.end();
  }

  it("renders a marked page once, finishes its CSP with the inline scripts' hashes, then answers from memory", async () => {
    const app = await start((_req, res) => {
      marked(res);
      writeInPieces(res, PAGE);
    });
    const first = await app.get("/aspirasi");
    expect(first.status).toBe(200);
    expect(first.body.toString()).toBe(PAGE);
    expect(first.headers[CACHE_STATUS_HEADER]).toBe("miss");
    expect(first.headers[PAGE_CACHE_HEADER]).toBeUndefined();
    const csp = String(first.headers["content-security-policy"]);
    expect(csp).toContain(`script-src 'self' ${sha(BOOT)} ${sha(PUSH)};`);
    expect(csp).not.toContain(INLINE_HASHES_TOKEN);
    const second = await app.get("/aspirasi");
    expect(second.headers[CACHE_STATUS_HEADER]).toBe("hit");
    expect(second.body.toString()).toBe(PAGE);
    expect(second.headers["content-security-policy"]).toBe(csp);
    expect(app.renders()).toBe(1);
    // Another query is another page.
    await app.get("/aspirasi?q=jalan");
    expect(app.renders()).toBe(2);
  });

  it("hashes a compressed page and keeps one entry per accepted encoding", async () => {
    const app = await start((req, res) => {
      marked(res);
      if (String(req.headers["accept-encoding"]).includes("gzip")) {
        res.setHeader("content-encoding", "gzip");
        writeInPieces(res, gzipSync(PAGE));
      } else writeInPieces(res, PAGE);
    });
    const gz = await app.get("/", { headers: { "accept-encoding": "gzip" } });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(String(gz.headers["content-security-policy"])).toContain(sha(PUSH));
    const plain = await app.get("/");
    expect(plain.body.toString()).toBe(PAGE);
    expect((await app.get("/", { headers: { "accept-encoding": "gzip" } })).headers[CACHE_STATUS_HEADER]).toBe("hit");
    expect(app.renders()).toBe(2);
  });

  it("streams unmarked responses through untouched and never stores them", async () => {
    const app = await start((_req, res) => {
      res.setHeader("content-type", "text/html");
      res.setHeader("content-security-policy", "script-src 'self' 'nonce-x' 'strict-dynamic'");
      writeInPieces(res, PAGE);
    });
    const a = await app.get("/aspirasi/kirim");
    expect(a.body.toString()).toBe(PAGE);
    expect(a.headers[CACHE_STATUS_HEADER]).toBeUndefined();
    expect(a.headers["content-security-policy"]).toBe("script-src 'self' 'nonce-x' 'strict-dynamic'");
    await app.get("/aspirasi/kirim");
    expect(app.renders()).toBe(2);
  });

  it("does not store errors, responses that set a cookie, answers to visitors with a session, or a page that says so", async () => {
    const own = renderToStaticMarkup(createElement(NotForPageCache));
    const app = await start((req, res) => {
      marked(res, { status: req.url === "/hilang" ? 404 : 200, cookie: req.url === "/kue" });
      writeInPieces(res, req.url!.startsWith("/lacak") ? PAGE.replace("<p>", `${own}<p>`) : PAGE);
    });
    const limited = await app.get("/lacak?kode=ASP-7KX9-Q2MD");
    expect(limited.body.toString()).toContain('name="sidilan-cache"');
    expect(limited.headers[CACHE_STATUS_HEADER]).toBe("miss");
    await app.get("/lacak?kode=ASP-7KX9-Q2MD");
    await app.get("/hilang");
    await app.get("/hilang");
    await app.get("/kue");
    await app.get("/kue");
    const session = { cookie: "x=1; __Secure-authjs.session-token=abc" };
    await app.get("/", { headers: session });
    await app.get("/", { headers: session });
    await app.get("/", { headers: { rsc: "1" } });
    expect(app.renders()).toBe(9);
    expect(app.cache.size()).toBe(0);
  });

  it("forgets every page on a write, and does not store a page whose render overlapped one", async () => {
    let release: () => void = () => {};
    const app = await start(async (req, res, n) => {
      if (req.method === "POST") {
        res.statusCode = 303;
        res.end();
        return;
      }
      marked(res);
      if (n === 3) await new Promise<void>((r) => (release = r));
      writeInPieces(res, PAGE.replace("Daftar", `Daftar ${n}`));
    });
    await app.get("/aspirasi");
    expect((await app.get("/aspirasi")).headers[CACHE_STATUS_HEADER]).toBe("hit");
    await app.get("/aspirasi/kirim", { method: "POST" });
    // Render 3 starts before a second write and ends after it: its answer is sent, not kept.
    const slow = app.get("/aspirasi");
    await new Promise((r) => setTimeout(r, 20));
    await app.get("/aspirasi/kirim", { method: "POST" });
    release();
    expect((await slow).body.toString()).toContain("Daftar 3");
    const after = await app.get("/aspirasi");
    expect(after.headers[CACHE_STATUS_HEADER]).toBe("miss");
    // (renders count the two writes too: 1 list, 2 write, 3 slow list, 4 write, 5 this list)
    expect(after.body.toString()).toContain("Daftar 5");
  });

  // Next's router server wraps the response in this middleware after the cache has wrapped it: it keeps
  // references to the cache's functions and holds 'drain' listeners until the headers are written.
  it("streams a large page with backpressure under Next's compression, held or passed through", async () => {
    type Middleware = () => (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
    const compression = createRequire(import.meta.url)("next/dist/compiled/compression") as Middleware;
    const big = PAGE.replace("<p>Daftar</p>", `<p>${"Aspirasi warga. ".repeat(12_000)}</p>`);
    const app = await start(
      (req, res) =>
        new Promise<void>((done) => {
          compression()(req, res, () => {
            if (req.url!.startsWith("/aspirasi")) marked(res);
            else res.setHeader("content-type", "text/html");
            // Node's own piping: pauses when write() returns false and resumes on 'drain'.
            const pieces = Readable.from(Array.from({ length: 48 }, (_, i) => big.slice(i * 4_000, (i + 1) * 4_000)));
            res.flushHeaders();
            pieces.pipe(res);
            res.on("finish", () => done());
          });
        }),
    );
    for (const path of ["/masuk", "/aspirasi"]) {
      const plain = await app.get(path);
      expect(plain.body.toString(), path).toBe(big.slice(0, 48 * 4_000));
      const gz = await app.get(path, { headers: { "accept-encoding": "gzip" } });
      expect(gz.headers["content-encoding"]).toBe("gzip");
      expect(gunzipSync(gz.body).toString(), path).toBe(big.slice(0, 48 * 4_000));
    }
    expect((await app.get("/aspirasi", { headers: { "accept-encoding": "gzip" } })).headers[CACHE_STATUS_HEADER]).toBe(
      "hit",
    );
  });

  it("expires an entry after the page's lifetime", async () => {
    const clock = { t: 1_000_000 };
    const app = await start((_req, res) => {
      marked(res, { seconds: "30" });
      writeInPieces(res, PAGE);
    }, clock);
    await app.get("/statistik");
    clock.t += 29_000;
    expect((await app.get("/statistik")).headers[CACHE_STATUS_HEADER]).toBe("hit");
    clock.t += 2_000;
    expect((await app.get("/statistik")).headers[CACHE_STATUS_HEADER]).toBe("miss");
    expect(app.renders()).toBe(2);
  });
});
