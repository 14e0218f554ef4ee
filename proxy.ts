import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authConfig } from "@/lib/auth/config";

const { auth } = NextAuth(authConfig);

/**
 * The proxy only redirects anonymous visitors of the member portal and the back office to the
 * login page. It never authorises: every page, action and route handler checks permissions itself.
 */
export default auth((req) => {
  const { pathname, search } = req.nextUrl;
  const protectedArea = pathname.startsWith("/portal") || pathname.startsWith("/sekretariat");
  if (protectedArea && !req.auth?.user) {
    const url = new URL("/masuk", req.nextUrl.origin);
    url.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(url);
  }
  const requestHeaders = new Headers(req.headers);
  requestHeaders.set("x-sidilan-path", `${pathname}${search}`);
  return NextResponse.next({ request: { headers: requestHeaders } });
});

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt|api/health|api/ready).*)"],
};
