// Whether a request carries an Auth.js session cookie: `authjs.session-token`, its `__Secure-` form (HTTPS),
// and the chunks `.0`, `.1`, … of a large session. One rule for proxy.ts, lib/auth/session.ts and the production
// server's page cache (scripts/page-cache.mjs, plain JavaScript, hence this file is .mjs).
const SESSION_COOKIE = /(?:^|;)\s*(?:__Secure-)?authjs\.session-token(?:\.\d+)?=/;

/** @param {string | null | undefined} cookieHeader the request's Cookie header */
export function hasSessionCookie(cookieHeader) {
  return SESSION_COOKIE.test(cookieHeader ?? "");
}
