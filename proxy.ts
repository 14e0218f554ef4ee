import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authConfig } from "@/lib/auth/config";
import { contentSecurityPolicy, HSTS, isHttps, newNonce, STATIC_SECURITY_HEADERS } from "@/lib/security/headers";
import { env } from "@/lib/env";

const { auth } = NextAuth(authConfig);

/**
 * The proxy redirects anonymous visitors of the member portal and the back office to the login
 * page, and sets the security headers (CSP with a per-request nonce). It never authorises: every
 * page, action and route handler checks permissions itself.
 */
export default auth((req) => {
  const { pathname, search } = req.nextUrl;
  const protectedArea = pathname.startsWith("/portal") || pathname.startsWith("/sekretariat");
  const https = isHttps(req.url, req.headers);
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { dev: env().NODE_ENV === "development", https });

  let res: NextResponse;
  if (protectedArea && !req.auth?.user) {
    const url = new URL("/masuk", req.nextUrl.origin);
    url.searchParams.set("callbackUrl", `${pathname}${search}`);
    res = NextResponse.redirect(url);
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
});

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
