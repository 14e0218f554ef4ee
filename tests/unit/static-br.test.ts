import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { precompress } from "../../scripts/precompress.mjs";
import { acceptsBrotli, createBrotliStatic } from "../../scripts/static-br.mjs";

const JS = `(self.webpackChunk=self.webpackChunk||[]).push([[1],{1:function(e){${"e.exports='Kirim aspirasi';".repeat(200)}}}]);`;

describe("Brotli copies of the build's scripts and stylesheets", () => {
  let dist: string;
  let server: Server;
  let fallthrough: string[];
  let base: string;
  let built: { files: number; before: number; after: number };

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), "sidilan-br-"));
    mkdirSync(join(dist, "static", "chunks", "app", "(public)"), { recursive: true });
    mkdirSync(join(dist, "static", "css"), { recursive: true });
    writeFileSync(join(dist, "static", "chunks", "app", "(public)", "page-1.js"), JS);
    writeFileSync(join(dist, "static", "css", "a.css"), `.a{color:red}`.repeat(300));
    writeFileSync(join(dist, "static", "chunks", "tiny.js"), "1");
    writeFileSync(join(dist, "secret.js"), JS);
    writeFileSync(join(dist, "secret.js.br"), "not for the web");
    built = await precompress(join(dist, "static"));
    const assets = createBrotliStatic(dist);
    // Written after the server started: not among the copies it listed, so never looked up.
    writeFileSync(join(dist, "static", "chunks", "late.js"), JS);
    writeFileSync(join(dist, "static", "chunks", "late.js.br"), "late");
    fallthrough = [];
    server = createServer((req, res) => {
      void assets.handle(req, res).then((answered) => {
        if (answered) return;
        fallthrough.push(req.url ?? "");
        res.end("next");
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.close();
    rmSync(dist, { recursive: true, force: true });
  });

  const get = (path: string, headers: Record<string, string>, method = "GET") =>
    new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
      const req = request(`${base}${path}`, { method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on("error", reject);
      req.end();
    });

  it("the build step writes a smaller .br next to each script and stylesheet that compresses", () => {
    const { files, before, after } = built;
    expect(files).toBe(2);
    expect(after).toBeLessThan(before / 5);
  });

  it("answers a browser that accepts br with the copy, the file's headers, and 304 on a repeat", async () => {
    const path = "/_next/static/chunks/app/(public)/page-1.js";
    const res = await get(path, { "accept-encoding": "gzip, deflate, br, zstd" });
    expect(res.status).toBe(200);
    expect(res.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(res.body).toString()).toBe(JS);
    expect(res.headers["content-type"]).toBe("application/javascript; charset=UTF-8");
    expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(res.headers["vary"]).toBe("Accept-Encoding");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    const encoded = await get("/_next/static/chunks/app/%28public%29/page-1.js", { "accept-encoding": "br" });
    expect(encoded.body).toEqual(res.body);
    const repeat = await get(path, { "accept-encoding": "br", "if-none-match": String(res.headers.etag) });
    expect(repeat.status).toBe(304);
    expect(repeat.body.length).toBe(0);
    const head = await get(path, { "accept-encoding": "br" }, "HEAD");
    expect(head.headers["content-length"]).toBe(String(res.body.length));
    expect(fallthrough).toEqual([]);
  });

  it("leaves to Next what has no copy, a browser without br, other paths, and paths outside the build", async () => {
    const cases = [
      ["/_next/static/chunks/tiny.js", "br"],
      ["/_next/static/css/a.css", "gzip, deflate"],
      ["/_next/static/css/a.css", "gzip, br;q=0"],
      ["/_next/static/../secret.js", "br"],
      ["/_next/static/%2e%2e/secret.js", "br"],
      ["/_next/static/chunks/%E0%A4%A.js", "br"],
      ["/logo-dprd.svg", "br"],
      ["/_next/static/chunks/late.js", "br"],
      ["/_next/static/chunks/made-up-1.js", "br"],
    ];
    for (const [path, enc] of cases) {
      const res = await get(path, { "accept-encoding": enc });
      expect(res.body.toString(), path).toBe("next");
    }
    expect(fallthrough).toHaveLength(cases.length);
  });

  it("reads Accept-Encoding as browsers write it", () => {
    expect(acceptsBrotli("gzip, deflate, br")).toBe(true);
    expect(acceptsBrotli("br;q=0.5")).toBe(true);
    expect(acceptsBrotli("BR")).toBe(true);
    expect(acceptsBrotli("br;q=0")).toBe(false);
    expect(acceptsBrotli("gzip, brotli")).toBe(false);
    expect(acceptsBrotli(undefined)).toBe(false);
  });
});
