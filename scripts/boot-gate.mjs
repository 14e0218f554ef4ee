// While the process starts (migrations and reference data, lib/boot.ts), the production server answers
// every page and API request with 503 "Layanan sedang dimulai." and Retry-After, instead of letting a page
// query tables that do not exist yet (a 500) or render from half-filled ones (which the page cache would then
// keep). Readiness and health checks, and the build's static files, go through as usual.
import { bootState, PUBLIC_STARTING } from "../lib/boot-state.mjs";

const THROUGH = [/^\/_next\/static\//, /^\/api\/(ready|health)(\/|$)/];
const RETRY_SECONDS = 5;

const PAGE = `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="refresh" content="${RETRY_SECONDS}"><title>${PUBLIC_STARTING} · Si Dilan</title><style>body{font-family:sans-serif;max-width:40rem;margin:0 auto;padding:1.5rem 1rem;line-height:1.5;color:#0f172a}h1{font-size:1.5rem;color:#0b3a60}</style></head><body><main><h1>${PUBLIC_STARTING}</h1><p>Si Dilan sedang menyiapkan basis datanya, dan halaman ini dimuat ulang sendiri dalam beberapa detik. Bila Anda baru saja mengirim formulir, formulir itu belum terkirim: kembali ke halaman sebelumnya, lalu kirim lagi.</p></main></body></html>`;

/**
 * `handle(req, res)` answers a request with 503 while the process is not ready, and returns whether it did.
 * `isReady` is for tests.
 */
export function createBootGate({ isReady = () => bootState().ready } = {}) {
  return {
    handle(req, res) {
      if (isReady()) return false;
      const path = (req.url ?? "/").split("?")[0];
      if (THROUGH.some((re) => re.test(path))) return false;
      const api = path.startsWith("/api/");
      const body = api ? JSON.stringify({ status: "starting", reason: PUBLIC_STARTING }) : PAGE;
      res.writeHead(503, {
        "Content-Type": api ? "application/json" : "text/html; charset=utf-8",
        "Content-Length": Buffer.byteLength(body),
        "Retry-After": String(RETRY_SECONDS),
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
        "X-Frame-Options": "DENY",
        "Referrer-Policy": "strict-origin-when-cross-origin",
        "Content-Security-Policy":
          "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
      });
      res.end(req.method === "HEAD" ? undefined : body);
      return true;
    },
  };
}
