// The page cache of the production server (scripts/server.mjs): public pages that proxy.ts marks as cacheable
// (lib/http/page-cache.ts decides which, and for how long) are rendered once and then answered from memory, for
// visitors without a session. Those pages are rendered without a CSP nonce (a nonce served to many visitors would
// be no nonce), so this module also finishes their CSP: it hashes the inline scripts of the rendered HTML that are
// Next's own (the payload bootstrap and the RSC payload pushes, whose argument must parse as JSON) and puts the
// hashes in place of INLINE_HASHES_TOKEN. Any other inline script is left out and stays blocked.
// Every write (any request other than GET, HEAD or OPTIONS) empties the cache when it starts and when it ends.
import { createHash } from "node:crypto";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";
import { hasSessionCookie } from "../lib/auth/session-cookie.mjs";

/** Response header set by proxy.ts on a cacheable page: its lifetime in seconds (removed before sending). */
export const PAGE_CACHE_HEADER = "x-sidilan-page-cache";
/** The placeholder in the CSP's script-src that the inline script hashes replace (lib/security/headers.ts). */
export const INLINE_HASHES_TOKEN = "'sidilan-inline-script-hashes'";
/** Tells the client and the tests whether the page came from the cache: "hit" or "miss". */
export const CACHE_STATUS_HEADER = "x-sidilan-cache";

// Rendered by a page whose answer belongs to one visitor (components/layout/not-for-page-cache.tsx).
const NOT_FOR_PAGE_CACHE = /<meta name="sidilan-cache" content="no-store"\/?>/;
// Requests from Next's client router ask for the RSC payload or an action, not the HTML page.
const ROUTER_HEADERS = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-action",
  "next-url",
];
const BOOTSTRAP = "(self.__next_f=self.__next_f||[]).push([0])";
const PUSH = /^self\.__next_f\.push\((\[[\s\S]*\])\)$/;
// Turbopack's list of the page's other chunks, written inline before the payload.
const TURBOPACK_CHUNKS =
  /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\((\{[\s\S]*\})\);?$/;
const SCRIPT = /<script([^>]*)>([\s\S]*?)<\/script>/g;
// Not stored: connection-level headers, and the date (set again on every answer).
const NOT_STORED = new Set([
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  PAGE_CACHE_HEADER,
  CACHE_STATUS_HEADER,
]);

/**
 * Whether an inline script is one Next writes itself: the payload bootstrap, a JSON payload push, or Turbopack's
 * JSON list of chunks. Their arguments must parse as JSON, so nothing else can run in them.
 */
export function isNextInlineScript(body) {
  const chunks = TURBOPACK_CHUNKS.exec(body);
  if (chunks) return isJson(chunks[1], (v) => v !== null && typeof v === "object" && !Array.isArray(v));
  let rest = body;
  if (rest.startsWith(BOOTSTRAP)) {
    rest = rest.slice(BOOTSTRAP.length);
    if (rest === "" || rest === ";") return true;
    if (!rest.startsWith(";")) return false;
    rest = rest.slice(1);
  }
  const m = PUSH.exec(rest);
  return m ? isJson(m[1], Array.isArray) : false;
}

function isJson(text, shape) {
  try {
    return shape(JSON.parse(text));
  } catch {
    return false;
  }
}

/**
 * The CSP hash sources ('sha256-…') of the inline scripts of an HTML document that are Next's own, and the
 * beginnings of the others (left out, so the browser blocks them).
 */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  const rejected = [];
  for (const [, attrs, body] of html.matchAll(SCRIPT)) {
    if (/\ssrc\s*=/i.test(attrs)) continue;
    if (!isNextInlineScript(body)) {
      rejected.push(body.slice(0, 60));
      continue;
    }
    hashes.add(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  }
  return { hashes: [...hashes], rejected };
}

/** The CSP with the token replaced by the hashes (or removed when there are none). */
function finishPolicy(csp, hashes) {
  return csp.replace(INLINE_HASHES_TOKEN, hashes.join(" ")).replace(/ +;/g, ";").replace(/ +$/, "");
}

function decode(body, encoding) {
  switch (encoding.trim().toLowerCase()) {
    case "":
    case "identity":
      return body;
    case "gzip":
      return gunzipSync(body);
    case "deflate":
      return inflateSync(body);
    case "br":
      return brotliDecompressSync(body);
    default:
      throw new Error(`unknown content-encoding ${encoding}`);
  }
}

/** Whether a request may be answered from, or fill, the cache: a page read by a visitor without a session. */
function isCandidate(req) {
  if (req.method !== "GET") return false;
  const url = req.url ?? "/";
  if (url.startsWith("/_next/") || url.startsWith("/api/") || url.includes("_rsc=")) return false;
  if (hasSessionCookie(req.headers.cookie)) return false;
  return !ROUTER_HEADERS.some((h) => req.headers[h] !== undefined);
}

/**
 * A page cache: `handle(req, res, next)` answers a cached page or calls `next()` (Next's handler) and, when the
 * response carries PAGE_CACHE_HEADER, holds it until it is complete to finish its CSP and store it.
 */
export function createPageCache({ maxBytes = 32 * 1024 * 1024, maxEntryBytes = 1024 * 1024, now = Date.now } = {}) {
  const entries = new Map();
  let bytes = 0;
  let generation = 0;

  function clear() {
    entries.clear();
    bytes = 0;
    generation++;
  }

  function store(key, entry) {
    const old = entries.get(key);
    if (old) bytes -= old.body.length;
    entries.set(key, entry);
    bytes += entry.body.length;
    // Least recently used first (a hit moves its entry to the end).
    for (const [k, e] of entries) {
      if (bytes <= maxBytes) break;
      entries.delete(k);
      bytes -= e.body.length;
    }
  }

  function keyOf(req) {
    const h = req.headers;
    return [h["x-forwarded-proto"] ?? "", h.host ?? "", h["accept-encoding"] ?? "", req.url].join("|");
  }

  function answer(res, entry) {
    res.statusCode = entry.status;
    for (const [k, v] of Object.entries(entry.headers)) res.setHeader(k, v);
    res.setHeader(CACHE_STATUS_HEADER, "hit");
    res.end(entry.body);
  }

  async function handle(req, res, next) {
    if (req.method !== "GET" && req.method !== "HEAD" && req.method !== "OPTIONS") {
      // A write may change what the public pages show.
      clear();
      res.once("finish", clear);
      res.once("close", clear);
      return next();
    }
    if (!isCandidate(req)) return next();
    const key = keyOf(req);
    const hit = entries.get(key);
    if (hit && hit.expires > now()) {
      entries.delete(key);
      entries.set(key, hit);
      return answer(res, hit);
    }
    if (hit) {
      entries.delete(key);
      bytes -= hit.body.length;
    }
    intercept(req, res, key, generation);
    return next();
  }

  function intercept(req, res, key, startedAt) {
    // Wrappers, not replacements: Next's compression wraps these again on top and keeps references to them, so
    // they stay installed and forward to the functions below them unless the response is being held.
    const original = { writeHead: res.writeHead, write: res.write, end: res.end, flushHeaders: res.flushHeaders };
    const chunks = [];
    let mode = null; // "hold" until the end, "pass" for unmarked responses, "done" once the held body is sent
    const holding = () => {
      if (!mode) mode = res.getHeader(PAGE_CACHE_HEADER) ? "hold" : "pass";
      return mode === "hold";
    };
    const collect = (chunk, encoding) => {
      if (chunk === undefined || chunk === null || typeof chunk === "function") return;
      chunks.push(
        Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8"),
      );
    };
    res.writeHead = function (status, ...rest) {
      if (!holding()) return original.writeHead.call(res, status, ...rest);
      res.statusCode = status;
      const headers = rest.find((x) => x && typeof x === "object");
      if (Array.isArray(headers))
        for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(headers[i], headers[i + 1]);
      else if (headers) for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
      return res;
    };
    res.flushHeaders = function () {
      if (!holding()) return original.flushHeaders.call(res);
    };
    res.write = function (chunk, encoding, cb) {
      if (!holding()) return original.write.call(res, chunk, encoding, cb);
      collect(chunk, encoding);
      const done = typeof encoding === "function" ? encoding : cb;
      if (done) process.nextTick(done);
      return true;
    };
    res.end = function (chunk, encoding, cb) {
      if (!holding()) return original.end.call(res, chunk, encoding, cb);
      collect(chunk, encoding);
      mode = "done";
      const body = Buffer.concat(chunks);
      const seconds = Number(res.getHeader(PAGE_CACHE_HEADER));
      res.removeHeader(PAGE_CACHE_HEADER);
      let html = null;
      try {
        html = decode(body, String(res.getHeader("content-encoding") ?? "")).toString("utf8");
      } catch {
        html = null;
      }
      const csp = res.getHeader("content-security-policy");
      if (typeof csp === "string") {
        const { hashes } = html === null ? { hashes: [] } : inlineScriptHashes(html);
        res.setHeader("content-security-policy", finishPolicy(csp, hashes));
      }
      res.setHeader(CACHE_STATUS_HEADER, "miss");
      const cacheable =
        res.statusCode === 200 &&
        html !== null &&
        !NOT_FOR_PAGE_CACHE.test(html) &&
        seconds > 0 &&
        res.getHeader("set-cookie") === undefined &&
        startedAt === generation &&
        body.length <= maxEntryBytes;
      if (cacheable) {
        const headers = {};
        for (const [k, v] of Object.entries(res.getHeaders())) if (!NOT_STORED.has(k)) headers[k] = v;
        store(key, { status: 200, headers, body, expires: now() + seconds * 1000 });
      }
      return original.end.call(res, body, typeof encoding === "function" ? encoding : cb);
    };
  }

  return { handle, clear, size: () => entries.size };
}
