import { BlockList, isIP } from "node:net";
import { env } from "@/lib/env";

/**
 * The socket address of the connection, set by scripts/server.mjs (the production server behind
 * `npm start`) in this private header after discarding any copy the client sent. The app reads it
 * only when that wrapper marked the process, so under `next dev` a client cannot forge it either.
 */
export const PEER_HEADER = "x-sidilan-peer";
const PEER_MARK = Symbol.for("sidilan.peer-header");

/** Whether this process runs behind scripts/server.mjs (which sets the peer header on every request). */
export function peerHeaderTrusted(): boolean {
  return (globalThis as Record<symbol, unknown>)[PEER_MARK] === true;
}

/** For tests: behave as if scripts/server.mjs set the peer header. */
export function setPeerHeaderTrusted(on: boolean): void {
  (globalThis as Record<symbol, unknown>)[PEER_MARK] = on;
}

/** "::ffff:10.0.0.1" (IPv4 on a dual-stack socket) is 10.0.0.1; anything else is returned trimmed. */
export function normalizeIp(raw: string | null | undefined): string | null {
  const s = (raw ?? "").trim().replace(/^\[|\]$/g, "");
  if (!s) return null;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(s);
  return mapped ? mapped[1] : s;
}

/** A matcher for TRUST_PROXY entries: single addresses or CIDR ranges, IPv4 or IPv6. */
export function proxyMatcher(entries: readonly string[]): (ip: string) => boolean {
  const list = new BlockList();
  for (const e of entries) {
    const [addr, bits] = e.split("/");
    const a = normalizeIp(addr);
    const family = a ? isIP(a) : 0;
    if (!a || !family) continue;
    const type = family === 6 ? "ipv6" : "ipv4";
    if (bits === undefined) list.addAddress(a, type);
    else if (/^\d+$/.test(bits)) list.addSubnet(a, Number(bits), type);
  }
  // Answers per address, remembered: BlockList.check builds a SocketAddress on every call (about 25 µs per
  // request, measured at 32 concurrent submissions), and the same few proxies and clients come back.
  const answers = new Map<string, boolean>();
  return (ip) => {
    let trusted = answers.get(ip);
    if (trusted === undefined) {
      const a = normalizeIp(ip);
      const family = a ? isIP(a) : 0;
      trusted = family ? list.check(a!, family === 6 ? "ipv6" : "ipv4") : false;
      if (answers.size >= 1024) answers.clear();
      answers.set(ip, trusted);
    }
    return trusted;
  };
}

let lastMatcher: { key: string; match: (ip: string) => boolean } | undefined;

/** The matcher for the configured list, built once for it (a BlockList is not free to build per request). */
function matcherFor(trusted: readonly string[]): (ip: string) => boolean {
  const key = trusted.join(",");
  if (lastMatcher?.key !== key) lastMatcher = { key, match: proxyMatcher(trusted) };
  return lastMatcher.match;
}

/**
 * The client's address (pure rule): the socket peer, unless the peer is one of our trusted proxies;
 * then X-Forwarded-For is walked from the right, skipping trusted proxies, and the first other hop is
 * the client (anything left of it was written by the client and is ignored). Null when unknown.
 */
export function resolveClientIp(
  peer: string | null | undefined,
  forwardedFor: string | null | undefined,
  trusted: readonly string[],
): string | null {
  const socket = normalizeIp(peer);
  if (!socket) return null;
  const isTrusted = matcherFor(trusted);
  if (!isTrusted(socket)) return socket.slice(0, 64);
  const hops = (forwardedFor ?? "")
    .split(",")
    .map((h) => normalizeIp(h))
    .filter((h): h is string => Boolean(h));
  let client = socket;
  for (let i = hops.length - 1; i >= 0; i--) {
    client = hops[i];
    if (!isTrusted(client)) break;
  }
  return client.slice(0, 64);
}

let warned = false;

/**
 * The client's IP for per-IP limits: the socket address from scripts/server.mjs, with the hop added
 * by a proxy named in TRUST_PROXY. Without the server wrapper (e.g. `next dev`) it is unknown (null):
 * a client-controlled header is never taken for it.
 */
export function clientIpFromHeaders(headers: Headers): string | null {
  const trusted = peerHeaderTrusted();
  if (!trusted && !warned && env().NODE_ENV === "production") {
    warned = true;
    console.warn(
      "[ip] Server tidak dijalankan lewat scripts/server.mjs (npm start): alamat klien tidak diketahui, batas per alamat IP tidak dapat membedakan klien.",
    );
  }
  const peer = trusted ? headers.get(PEER_HEADER) : null;
  return resolveClientIp(peer, headers.get("x-forwarded-for"), env().TRUST_PROXY);
}
