// The production server behind `npm start`: Next's own request handler, with one addition. Next
// route handlers never see the socket, and `next start` keeps any X-Forwarded-For the client sent
// (it only fills it in when absent), so per-IP limits could be dodged by rotating that header. Here
// every request gets the socket address in a private header (a client-sent copy is replaced), and
// lib/http/ip.ts reads it, trusting X-Forwarded-For only from the proxies named in TRUST_PROXY.
// It also keeps the page cache (scripts/page-cache.mjs): the public pages that proxy.ts marks are rendered
// once, their CSP finished with the hashes of Next's inline scripts, and then answered from memory. And the
// build's scripts and stylesheets go out Brotli-compressed when the browser accepts it (scripts/static-br.mjs).
// Until the database is migrated, pages and the API answer 503 "Layanan sedang dimulai." (scripts/boot-gate.mjs).
// Usage like `next start`: node scripts/server.mjs [-p PORT] [-H HOSTNAME]  (or PORT / HOSTNAME).
import { createServer } from "node:http";
import next from "next";
import { createBootGate } from "./boot-gate.mjs";
import { createPageCache } from "./page-cache.mjs";
import { createBrotliStatic } from "./static-br.mjs";

const PEER_HEADER = "x-sidilan-peer";

function arg(names) {
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    for (const n of names) {
      if (argv[i] === n) return argv[i + 1];
      if (argv[i].startsWith(`${n}=`)) return argv[i].slice(n.length + 1);
    }
  }
  return undefined;
}

const port = Number(arg(["-p", "--port"]) ?? process.env.PORT ?? 3000);
const hostname = arg(["-H", "--hostname"]) ?? process.env.HOSTNAME ?? "0.0.0.0";

// Marks the process for lib/http/ip.ts: the peer header is ours, not the client's (same process).
globalThis[Symbol.for("sidilan.peer-header")] = true;
// Marks the process for lib/http/page-cache.ts: cached pages get their CSP finished here.
globalThis[Symbol.for("sidilan.page-cache")] = true;

const app = next({ dev: false, hostname, port });
await app.prepare();
const handle = app.getRequestHandler();
const pages = createPageCache();
const assets = createBrotliStatic();
const starting = createBootGate();

const server = createServer((req, res) => {
  req.headers[PEER_HEADER] = req.socket.remoteAddress ?? "";
  if (starting.handle(req, res)) return;
  assets
    .handle(req, res)
    .then((answered) => (answered ? undefined : pages.handle(req, res, () => handle(req, res))))
    .catch((err) => {
      console.error(err);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
});
server.listen(port, hostname, () => console.log(`Si Dilan ready on http://${hostname}:${port}`));
const stop = () => server.close(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
