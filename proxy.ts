import NextAuth from "next-auth";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { authConfig } from "@/lib/auth/config";
import { contentSecurityPolicy, HSTS, isHttps, newNonce, STATIC_SECURITY_HEADERS } from "@/lib/security/headers";
import { env } from "@/lib/env";

const { auth } = NextAuth(authConfig);

/** Whether the request carries an Auth.js session cookie (plain, `__Secure-` or chunked `.0`, `.1`, …). */
function hasSessionCookie(req: NextRequest): boolean {
  return req.cookies.getAll().some((c) => /(^|\.)authjs\.session-token(\.\d+)?$/.test(c.name));
}

/** The security headers and the request headers the pages read (path, nonce, CSP). */
function withHeaders(req: NextRequest, redirectTo?: URL): NextResponse {
  const { pathname, search } = req.nextUrl;
  const https = isHttps(req.url, req.headers);
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { dev: env().NODE_ENV === "development", https });
  let res: NextResponse;
  if (redirectTo) {
    res = NextResponse.redirect(redirectTo);
  } else {
    const requestHeaders = new Headers(req.headers);
    requestHeaders.set("x-sidilan-path", `${pathname}${search}`);
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("content-security-policy", csp);
    res = NextResponse.next({ request: { headers: requestHeaders } });
  }
  res.headers.set("Content-Security-Policy", csp);
  for (const [k, v] of Object.entries(STATIC_SECURITY_HEADERS)) res.headers.set(k, v);
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
    return withHeaders(req, url);
  }
  return withHeaders(req);
});

/**
 * The proxy redirects anonymous visitors of the member portal and the back office to the login
 * page, and sets the security headers (CSP with a per-request nonce). It never authorises: every
 * page, action and route handler checks permissions itself. A visitor without a session cookie
 * outside those areas (a citizen on the public site) skips the session lookup (JWT decryption)
 * altogether: nothing on the public pages depends on it.
 */
export default function proxy(req: NextRequest, ev: NextFetchEvent) {
  if (!isProtected(req.nextUrl.pathname) && !hasSessionCookie(req)) return withHeaders(req);
  return withSession(req, ev as never);
}

/**
 * Pages and server actions only. Static files and the API (`/api/…`: JSON, PDFs and files, which check the
 * session themselves and need no nonce) skip the proxy; next.config.ts gives them their static headers.
 */
export const config = {
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|logo-dprd\\.svg|logo-dprd\\.png|robots.txt).*)"],
};
