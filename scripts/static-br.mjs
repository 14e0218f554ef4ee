// Answers requests for the build's scripts and stylesheets (`/_next/static/…`) with the Brotli copy that
// scripts/precompress.mjs wrote at build time, when the browser accepts br; everything else (no copy, no br,
// other paths) goes on to Next, which serves the file gzipped. The headers are those Next and next.config.ts
// give the same file (tests/e2e/security-headers.spec.ts compares them), with Content-Encoding: br.
import { createHash } from "node:crypto";
import { readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";

const PREFIX = "/_next/static/";
const TYPES = { ".js": "application/javascript; charset=UTF-8", ".css": "text/css; charset=UTF-8" };

/** Whether an Accept-Encoding header accepts Brotli (listed, and not with q=0). */
export function acceptsBrotli(header) {
  if (typeof header !== "string") return false;
  return header.split(",").some((part) => {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (name.trim() !== "br") return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

/** The files under `root` that have a `.br` copy (none when there is no build). */
function listCopies(root) {
  try {
    return readdirSync(root, { recursive: true })
      .filter((f) => f.endsWith(".br"))
      .map((f) => join(root, f.slice(0, -3)));
  } catch {
    return [];
  }
}

/** The handler for one build folder (`.next`). `handle(req, res)` is true when it answered. */
export function createBrotliStatic(distDir = join(process.cwd(), ".next")) {
  const root = join(distDir, "static");
  // The copies the build wrote, listed once at start: a request for any other name costs no file access and
  // leaves nothing behind, so made-up paths cannot grow the memory below.
  const copies = new Set(listCopies(root));
  // Build files never change under their hashed names: each copy is read once.
  const cache = new Map();

  async function load(path) {
    if (!copies.has(path)) return null;
    let entry = cache.get(path);
    if (!entry) {
      const body = await readFile(`${path}.br`);
      entry = { body, etag: `"br-${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"` };
      cache.set(path, entry);
    }
    return entry;
  }

  function fileOf(url) {
    const pathname = (url ?? "").split("?")[0];
    if (!pathname.startsWith(PREFIX)) return null;
    let rest;
    try {
      rest = decodeURIComponent(pathname.slice(PREFIX.length));
    } catch {
      return null;
    }
    if (rest.includes("\0") || !TYPES[extname(rest)]) return null;
    const file = normalize(join(root, rest));
    return file.startsWith(root + sep) ? file : null;
  }

  async function handle(req, res) {
    if (req.method !== "GET" && req.method !== "HEAD") return false;
    const file = fileOf(req.url);
    if (!file || !acceptsBrotli(req.headers["accept-encoding"])) return false;
    const entry = await load(file);
    if (!entry) return false;
    res.setHeader("Content-Type", TYPES[extname(file)]);
    res.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    res.setHeader("Vary", "Accept-Encoding");
    res.setHeader("ETag", entry.etag);
    res.setHeader("X-Content-Type-Options", "nosniff");
    if (req.headers["if-none-match"] === entry.etag) {
      res.statusCode = 304;
      res.end();
      return true;
    }
    res.setHeader("Content-Encoding", "br");
    res.setHeader("Content-Length", entry.body.length);
    res.statusCode = 200;
    res.end(req.method === "HEAD" ? undefined : entry.body);
    return true;
  }

  return { handle };
}
