import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { can } from "@/lib/auth/guard";
import { afterLoginPath, decidePage, ENROLMENT_PATH, ENROLMENT_URL } from "@/lib/auth/page-rules";
import { PERMISSIONS, type Permission } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";

const admin = (totpEnabled: boolean): Actor => ({
  id: "00000000-0000-4000-8000-000000000001",
  role: "admin",
  name: "Admin",
  email: "admin@sidilan.test",
  dapilId: null,
  komisiId: null,
  fraksiId: null,
  position: null,
  unit: null,
  sessionVersion: 0,
  totpEnabled,
});

/** Every real back-office page: its URL (dynamic segments filled in) and the permission its guard asks for. */
function officePages(): { path: string; permission: Permission }[] {
  const root = join(process.cwd(), "app/(office)/sekretariat");
  const out: { path: string; permission: Permission }[] = [];
  const walk = (dir: string, url: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory())
        walk(full, `${url}/${name.replace(/^\[.*\]$/, "00000000-0000-4000-8000-00000000abcd")}`);
      else if (name === "page.tsx") {
        const m = /requirePageActor\("([^"]+)"\)/.exec(readFileSync(full, "utf8"));
        if (m) out.push({ path: url, permission: m[1] as Permission });
      }
    }
  };
  walk(root, "/sekretariat");
  return out;
}

/**
 * Follow what a browser does on an office URL: the layout guard ("office.access") runs, then the
 * page guard; each redirect is a new request. Returns the path where a page finally renders.
 */
function browse(actor: Actor, start: string, pages: Map<string, Permission>): string {
  let path = start;
  for (let hop = 0; hop < 5; hop++) {
    const pathname = path.split("?")[0];
    const layout = decidePage(actor, "office.access", path);
    if (!layout.ok) {
      path = layout.redirect;
      continue;
    }
    const permission = pages.get(pathname);
    if (!permission) return `outside:${pathname}`;
    const page = decidePage(actor, permission, path);
    if (page.ok) return pathname;
    path = page.redirect;
  }
  throw new Error(`redirect loop from ${start} (last ${path})`);
}

describe("REQUIRE_ADMIN_2FA", () => {
  let before: string | undefined;
  beforeEach(() => {
    before = process.env.REQUIRE_ADMIN_2FA;
    process.env.REQUIRE_ADMIN_2FA = "1";
  });
  afterEach(() => {
    if (before === undefined) delete process.env.REQUIRE_ADMIN_2FA;
    else process.env.REQUIRE_ADMIN_2FA = before;
  });

  const pages = officePages();
  const byPath = new Map(pages.map((p) => [p.path, p.permission]));

  it("finds the office pages, the enrolment page among them", () => {
    expect(pages.length).toBeGreaterThan(20);
    expect(byPath.get(ENROLMENT_PATH)).toBe("account.self");
  });

  it("brings an admin without TOTP from every office page to the enrolment page, without a loop", () => {
    for (const { path } of pages) expect(browse(admin(false), path, byPath), path).toBe(ENROLMENT_PATH);
    expect(browse(admin(false), ENROLMENT_URL, byPath)).toBe(ENROLMENT_PATH);
  });

  it("refuses every permission but account.self to an admin without TOTP (actions and route handlers use can)", () => {
    for (const p of Object.keys(PERMISSIONS) as Permission[])
      expect(can(admin(false), p), p).toBe(p === "account.self");
  });

  it("lets an enrolled admin open the office pages as before", () => {
    for (const { path, permission } of pages) {
      if (can(admin(true), permission)) expect(browse(admin(true), path, byPath), path).toBe(path);
    }
  });

  it("sends an admin without TOTP to enrolment after login, whatever the callbackUrl", () => {
    expect(afterLoginPath(admin(false), "/sekretariat/pengguna")).toBe(ENROLMENT_URL);
    expect(afterLoginPath(admin(true), "/sekretariat/pengguna")).toBe("/sekretariat/pengguna");
  });
});

describe("afterLoginPath", () => {
  it("returns to a same-site callback in the user's area, else home; never to another site", () => {
    const a = admin(true);
    expect(afterLoginPath(a, "/sekretariat/surat/masuk?x=1")).toBe("/sekretariat/surat/masuk?x=1");
    expect(afterLoginPath(a, "/portal/pokir")).toBe("/sekretariat");
    expect(afterLoginPath(a, "/portalx")).toBe("/portalx");
    expect(afterLoginPath(a, "/lacak")).toBe("/lacak");
    expect(afterLoginPath(a, undefined)).toBe("/sekretariat");
    for (const evil of [
      "/\\evil.example/x",
      "/\t/evil.example",
      "//evil.example",
      "https://evil.example",
      "javascript:alert(1)",
      "/.//evil.example",
    ]) {
      const to = afterLoginPath(a, evil);
      expect(new URL(to, "http://app.test").origin, evil).toBe("http://app.test");
    }
  });
});
