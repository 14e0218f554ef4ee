import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/actor";
import { verifyLogin } from "@/lib/auth/login";
import { DEMO_PASSWORD } from "@/lib/seed/demo-users";

const ORIGIN = "http://localhost:3000";
const SESSION_COOKIE = "authjs.session-token";

let handlers: typeof import("@/lib/auth").handlers;
beforeAll(async () => {
  process.env.AUTH_SECRET ||= "test-secret-for-signout-0123456789abcdef";
  ({ handlers } = await import("@/lib/auth"));
});

/** The session cookie next-auth would set after this login (same JWT fields as lib/auth/config.ts). */
async function signedIn(email: string) {
  const u = await verifyLogin({ email, password: DEMO_PASSWORD }, "10.9.1.1", "Vitest");
  if (!u) throw new Error("login failed");
  const jwt = await encode({
    secret: process.env.AUTH_SECRET!,
    salt: SESSION_COOKIE,
    token: { sub: u.id, name: u.name, email: u.email, uid: u.id, role: u.role, sv: u.sessionVersion, sid: u.sessionId },
  });
  return { user: u, cookie: `${SESSION_COOKIE}=${jwt}` };
}

describe("POST /api/auth/signout (next-auth's own endpoint)", () => {
  it("ends the server-side session: the old cookie is refused afterwards", async () => {
    const { user, cookie } = await signedIn("anggota15@sidilan.test");
    expect(await loadActor(user.id, user.sessionVersion, user.sessionId)).not.toBeNull();

    const csrfRes = await handlers.GET(new NextRequest(`${ORIGIN}/api/auth/csrf`, { headers: { cookie } }));
    const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
    const csrfCookie = csrfRes.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .find((c) => c.startsWith("authjs.csrf-token="));
    expect(csrfToken && csrfCookie).toBeTruthy();

    const res = await handlers.POST(
      new NextRequest(`${ORIGIN}/api/auth/signout`, {
        method: "POST",
        headers: {
          cookie: `${cookie}; ${csrfCookie}`,
          "content-type": "application/x-www-form-urlencoded",
          origin: ORIGIN,
        },
        body: new URLSearchParams({ csrfToken, callbackUrl: `${ORIGIN}/` }).toString(),
      }),
    );
    expect(res.status).toBeLessThan(400);
    // The browser's cookie is cleared, and a copy of the old one no longer resolves to anyone.
    expect(res.headers.getSetCookie().some((c) => c.startsWith(`${SESSION_COOKIE}=;`))).toBe(true);
    expect(await loadActor(user.id, user.sessionVersion, user.sessionId)).toBeNull();
  });

  it("a signout with a hostile callbackUrl stays on this site", async () => {
    const { cookie } = await signedIn("anggota16@sidilan.test");
    const csrfRes = await handlers.GET(new NextRequest(`${ORIGIN}/api/auth/csrf`, { headers: { cookie } }));
    const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
    const csrfCookie = csrfRes.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .find((c) => c.startsWith("authjs.csrf-token="));
    const res = await handlers.POST(
      new NextRequest(`${ORIGIN}/api/auth/signout`, {
        method: "POST",
        headers: { cookie: `${cookie}; ${csrfCookie}`, "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ csrfToken, callbackUrl: "/\\evil.example/x" }).toString(),
      }),
    );
    const location = res.headers.get("location") ?? "";
    expect(location).not.toBe("");
    expect(new URL(location, ORIGIN).origin).toBe(ORIGIN);
    expect(location).not.toContain("evil.example");
  });
});
