import NextAuth from "next-auth";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { authConfig } from "@/lib/auth/config";
import {
  contentSecurityPolicy,
  HSTS,
  isHttps,
  newNonce,
  OPENER_POLICY,
  STATIC_SECURITY_HEADERS,
} from "@/lib/security/headers";
import { hasSessionCookie } from "@/lib/auth/session-cookie.mjs";
import { env } from "@/lib/env";
import { PAGE_CACHE_HEADER, pageCacheAvailable, pageCacheSeconds } from "@/lib/http/page-cache";

const { auth } = NextAuth(authConfig);

/**
 * The security headers and the request headers the pages read (path, nonce, CSP). A public page that the
 * production server may cache (lib/http/page-cache.ts), asked for by a visitor without a session, is rendered
 * without a nonce: the server finishes its CSP with the hashes of its inline scripts.
 */
function withHeaders(req: NextRequest, opts: { redirectTo?: URL; anonymous?: boolean } = {}): NextResponse {
  const { pathname, search, searchParams } = req.nextUrl;
  const https = isHttps(req.url, req.headers);
  const dev = env().NODE_ENV === "development";
  const cacheSeconds =
    opts.anonymous && !opts.redirectTo && !dev && pageCacheAvailable()
      ? pageCacheSeconds(req.method, pathname, searchParams)
      : 0;
  const nonce = cacheSeconds > 0 ? null : newNonce();
  const csp = contentSecurityPolicy(nonce ? { nonce } : "hashes", { dev, https });
  let res: NextResponse;
  if (opts.redirectTo) {
    res = NextResponse.redirect(opts.redirectTo);
  } else {
    const requestHeaders = new Headers(req.headers);
    requestHeaders.set("x-sidilan-path", `${pathname}${search}`);
    // Next puts the nonce of this request header on its scripts; a cached page gets none.
    requestHeaders.delete("content-security-policy");
    if (nonce) requestHeaders.set("content-security-policy", csp);
    res = NextResponse.next({ request: { headers: requestHeaders } });
  }
  if (cacheSeconds > 0) res.headers.set(PAGE_CACHE_HEADER, String(cacheSeconds));
  res.headers.set("Content-Security-Policy", csp);
  for (const [k, v] of Object.entries(STATIC_SECURITY_HEADERS)) res.headers.set(k, v);
  // A page answered from the page cache is the same for every visitor: no opener isolation (OPENER_POLICY).
  if (cacheSeconds === 0) for (const [k, v] of Object.entries(OPENER_POLICY)) res.headers.set(k, v);
  if (https) res.headers.set("Strict-Transport-Security", HSTS);
  return res;
}

const isProtected = (pathname: string) => pathname.startsWith("/portal") || pathname.startsWith("/sekretariat");

/** With a session (or in a protected area): the session is read, and refreshed as Auth.js does. */
const withSession = auth((req) => {
  const { pathname, search } = req.nextUrl;
  if (isProtected(pathname) && !req.auth?.user) {
    const url = new URL("/masuk", req.nextUrl.origin);
    url.searchParams.set("callbackUrl", `${pathname}${search}`);
    return withHeaders(req, { redirectTo: url });
  }
  return withHeaders(req);
});

/**
 * The proxy redirects anonymous visitors of the member portal and the back office to the login
 * page, and sets the security headers (CSP with a per-request nonce). It never authorises: every
 * page, action and route handler checks permissions itself. A visitor without a session cookie
 * outside those areas (a citizen on the public site) skips the session lookup (JWT decryption)
 * altogether: nothing on the public pages depends on it; the pages of lib/http/page-cache.ts are then
 * marked for the production server's page cache.
 */
export default function proxy(req: NextRequest, ev: NextFetchEvent) {
  if (!isProtected(req.nextUrl.pathname) && !hasSessionCookie(req.headers.get("cookie")))
    return withHeaders(req, { anonymous: true });
  return withSession(req, ev as never);
}

/**
 * Pages and server actions only. Static files and the API (`/api/…`: JSON, PDFs and files, which check the
 * session themselves and need no nonce) skip the proxy; next.config.ts gives them their static headers.
 */
export const config = {
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|logo-dprd\\.svg|logo-dprd\\.png|robots.txt).*)"],
};
