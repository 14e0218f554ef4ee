import { describe, expect, it } from "vitest";
import { can } from "@/lib/auth/guard";
import { PERMISSIONS, READ_PERMISSIONS, roleCan, WRITE_PERMISSIONS, type Permission } from "@/lib/auth/permissions";
import { ROLES, type Actor } from "@/lib/auth/roles";

const actor = (role: Actor["role"], tokenScope?: "read" | "write", totpEnabled = false): Actor => ({
  id: "00000000-0000-4000-8000-000000000000",
  role,
  name: "x",
  email: "x@y.z",
  dapilId: null,
  komisiId: null,
  fraksiId: null,
  position: null,
  unit: null,
  sessionVersion: 0,
  totpEnabled,
  tokenScope,
});

describe("permission table", () => {
  it("keeps the areas apart: members in the portal, staff and admins in the back office", () => {
    expect(ROLES.filter((r) => roleCan(r, "portal.access"))).toEqual(["member"]);
    expect(ROLES.filter((r) => roleCan(r, "office.access"))).toEqual(["staff", "admin"]);
  });

  it("gives user administration and reference data to admins only", () => {
    for (const p of [
      "users.manage",
      "users.read",
      "reference.manage",
      "signers.manage",
      "pokir.periods.manage",
    ] as Permission[]) {
      expect(
        ROLES.filter((r) => roleCan(r, p)),
        p,
      ).toEqual(["admin"]);
    }
  });

  it("lets the public only submit, track, verify and ask for their own data", () => {
    const open = (Object.keys(PERMISSIONS) as Permission[]).filter((p) => roleCan("public", p));
    expect(open.sort()).toEqual([
      "aspiration.submit",
      "aspiration.track",
      "minutes.verify",
      "pokir.submit",
      "pokir.track",
      "privacy.request",
    ]);
  });

  it("treats no actor as the public", () => {
    expect(can(null, "aspiration.submit")).toBe(true);
    expect(can(null, "aspiration.triage")).toBe(false);
    expect(can(undefined, "office.access")).toBe(false);
  });

  it("limits a read-scoped API token to read permissions", () => {
    expect(can(actor("staff", "read"), "letter.read")).toBe(true);
    expect(can(actor("staff", "read"), "letter.register")).toBe(false);
    expect(can(actor("staff", "write"), "letter.register")).toBe(true);
    expect(can(actor("member", "write"), "letter.register")).toBe(false);
  });

  it("with REQUIRE_ADMIN_2FA, an admin without a second factor may only set one up", () => {
    process.env.REQUIRE_ADMIN_2FA = "1";
    try {
      expect(can(actor("admin"), "users.manage")).toBe(false);
      expect(can(actor("admin"), "account.self")).toBe(true);
      expect(can(actor("admin", undefined, true), "users.manage")).toBe(true);
      expect(can(actor("staff"), "letter.read")).toBe(true);
    } finally {
      delete process.env.REQUIRE_ADMIN_2FA;
    }
    expect(can(actor("admin"), "users.manage")).toBe(true);
  });

  it("every permission names at least one role and only known roles", () => {
    for (const [p, roles] of Object.entries(PERMISSIONS)) {
      expect(roles.length, p).toBeGreaterThan(0);
      for (const r of roles) expect(ROLES).toContain(r);
    }
  });
});

describe("read-only API tokens", () => {
  const all = Object.keys(PERMISSIONS) as Permission[];

  it("classifies every permission exactly once as read or write", () => {
    const classified = [...READ_PERMISSIONS, ...WRITE_PERMISSIONS] as Permission[];
    expect(new Set(classified).size).toBe(classified.length);
    expect([...classified].sort()).toEqual([...all].sort());
  });

  it("refuses every write permission to a read-only token, even where the name looks like a read (pokir.verify)", () => {
    expect(WRITE_PERMISSIONS).toContain("pokir.verify");
    for (const p of WRITE_PERMISSIONS) {
      for (const role of ROLES.filter((r) => r !== "public" && roleCan(r, p))) {
        expect(can(actor(role as Actor["role"], "read", true), p), `${role} read token: ${p}`).toBe(false);
        expect(can(actor(role as Actor["role"], "write", true), p), `${role} write token: ${p}`).toBe(true);
      }
    }
    expect(can(actor("staff", "read", true), "pokir.verify")).toBe(false);
  });

  it("lets a read-only token use every read permission its role has", () => {
    for (const p of READ_PERMISSIONS) {
      for (const role of ROLES.filter((r) => r !== "public" && roleCan(r, p))) {
        expect(can(actor(role as Actor["role"], "read", true), p), `${role}: ${p}`).toBe(true);
      }
    }
  });
});
