/**
 * The client's IP as seen by the server. Next sets X-Forwarded-For to the socket address when the
 * request has none; behind nginx (see deploy/), the proxy overwrites it with $remote_addr. We take
 * the last hop, which is the one our own side added.
 */
export function clientIpFromHeaders(headers: Headers): string | null {
  const xff = headers.get("x-forwarded-for");
  if (xff) {
    const hops = xff.split(",").map((s) => s.trim()).filter(Boolean);
    if (hops.length) return hops[hops.length - 1].slice(0, 64);
  }
  const real = headers.get("x-real-ip");
  return real ? real.slice(0, 64) : null;
}
