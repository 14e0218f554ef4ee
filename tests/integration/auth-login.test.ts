import { and, desc, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { verifyLogin } from "@/lib/auth/login";
import { loadActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { auditLog, users } from "@/lib/db/schema";
import { DEMO_PASSWORD } from "@/lib/seed/demo-users";
import { isAppError } from "@/lib/errors";
import { setUserActive, resetUserPassword } from "@/lib/users/service";
import { actorFor, DEMO } from "../helpers/actors";

describe("login", () => {
  it("accepts the right password, records the success and returns role and session version", async () => {
    const user = await verifyLogin({ email: "ANGGOTA.DAPIL1@sidilan.test", password: DEMO_PASSWORD }, "10.0.0.1");
    expect(user?.role).toBe("member");
    const [entry] = await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "auth.login"))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(entry.outcome).toBe("success");
    expect(entry.actorId).toBe(user!.id);
    expect(entry.ipHash).toBeTruthy();
    expect(entry.ipHash).not.toContain("10.0.0.1");
  });

  it("refuses a wrong password and an unknown account, logging both without the password", async () => {
    expect(await verifyLogin({ email: DEMO.staff, password: "salah-sekali-123" }, "10.0.0.2")).toBeNull();
    expect(await verifyLogin({ email: "tidak.ada@sidilan.test", password: "apa-saja-123" }, "10.0.0.2")).toBeNull();
    const failures = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "auth.login"), eq(auditLog.outcome, "failure")));
    expect(failures.map((f) => (f.detail as { reason: string }).reason)).toEqual(
      expect.arrayContaining(["wrong_password", "unknown_account"]),
    );
    expect(JSON.stringify(failures)).not.toContain("salah-sekali-123");
  });

  it("rate-limits one account after 5 failures, even with the right password", async () => {
    const email = DEMO.staff2;
    for (let i = 0; i < 5; i++)
      expect(await verifyLogin({ email, password: `wrong-${i}-xxxxx` }, `10.1.0.${i}`)).toBeNull();
    const err = await verifyLogin({ email, password: DEMO_PASSWORD }, "10.1.0.99").catch((e) => e);
    expect(isAppError(err) && err.code).toBe("rate_limited");
    expect(err.message).toMatch(/Terlalu banyak percobaan/);
  });

  it("rate-limits one IP across accounts", async () => {
    let limited = false;
    for (let i = 0; i < 35 && !limited; i++) {
      const r = await verifyLogin({ email: `orang${i}@contoh.id`, password: "xxxxxxxxxxxx" }, "203.0.113.9").catch(
        (e) => e,
      );
      limited = isAppError(r) && r.code === "rate_limited";
    }
    expect(limited).toBe(true);
  });

  it("a deactivated account cannot log in and its existing session ends at the next request", async () => {
    const admin = await actorFor(DEMO.admin);
    const member = await actorFor("anggota.dapil2@sidilan.test");
    expect(await loadActor(member.id, member.sessionVersion)).not.toBeNull();
    await setUserActive(admin, member.id, false);
    expect(await loadActor(member.id, member.sessionVersion)).toBeNull();
    expect(await verifyLogin({ email: member.email, password: DEMO_PASSWORD }, "10.2.0.1")).toBeNull();
    await setUserActive(admin, member.id, true);
    const [row] = await db.select({ sv: users.sessionVersion }).from(users).where(eq(users.id, member.id));
    expect(await loadActor(member.id, row.sv)).not.toBeNull();
  });

  it("a password reset ends sessions issued before it", async () => {
    const admin = await actorFor(DEMO.admin);
    const member = await actorFor("anggota.dapil3@sidilan.test");
    await resetUserPassword(admin, member.id, { password: "kata-sandi-baru-1", confirm: "kata-sandi-baru-1" });
    expect(await loadActor(member.id, member.sessionVersion)).toBeNull();
    expect(await verifyLogin({ email: member.email, password: "kata-sandi-baru-1" }, "10.3.0.1")).not.toBeNull();
  });

  it("keeps the audit log append-only at the database level", async () => {
    await expect(db.execute(sql`update audit_log set action = 'x'`)).rejects.toThrow();
    await expect(db.execute(sql`delete from audit_log`)).rejects.toThrow();
  });
});
