import { describe, expect, it } from "vitest";
import { hasSessionCookie } from "@/lib/auth/session-cookie.mjs";

describe("hasSessionCookie: one rule for the proxy, the session lookup and the page cache", () => {
  it("finds the session cookie in every form Auth.js writes it", () => {
    for (const header of [
      "authjs.session-token=a",
      "__Secure-authjs.session-token=a", // over HTTPS: what production sends
      "theme=dark; __Secure-authjs.session-token.0=a; __Secure-authjs.session-token.1=b",
      "x=1;authjs.session-token.3=a",
    ]) {
      expect(hasSessionCookie(header), header).toBe(true);
    }
  });

  it("does not take other Auth.js cookies, or look-alikes, for a session", () => {
    for (const header of [
      null,
      undefined,
      "",
      "authjs.csrf-token=a; authjs.callback-url=b",
      "__Host-authjs.csrf-token=a",
      "xauthjs.session-token=a",
      "note=authjs.session-token=a",
    ]) {
      expect(hasSessionCookie(header), String(header)).toBe(false);
    }
  });
});
