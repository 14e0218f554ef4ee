import { eq, sql } from "drizzle-orm";
import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import { changeOwnPassword, confirmTotp, endOtherSessions, startTotp, turnOffTotp } from "@/lib/auth/account";
import { loadActor } from "@/lib/auth/actor";
import { verifyLogin } from "@/lib/auth/login";
import { revokeSession } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { userSessions, users } from "@/lib/db/schema";
import { DEMO_PASSWORD } from "@/lib/seed/demo-users";
import { decryptString } from "@/lib/security/crypto";
import { actorFor, DEMO } from "../helpers/actors";

async function login(email: string, password = DEMO_PASSWORD, otp?: string) {
  const u = await verifyLogin({ email, password, otp }, "10.9.0.1", "Vitest");
  if (!u) throw new Error("login failed");
  return u;
}

describe("server-side sessions", () => {
  it("logout ends that session only", async () => {
    const a = await login("anggota10@sidilan.test");
    const b = await login("anggota10@sidilan.test");
    await revokeSession(a.sessionId);
    expect(await loadActor(a.id, a.sessionVersion, a.sessionId)).toBeNull();
    expect(await loadActor(b.id, b.sessionVersion, b.sessionId)).not.toBeNull();
  });

  it("an idle session and one past its absolute lifetime are out", async () => {
    const idle = await login("anggota11@sidilan.test");
    await db
      .update(userSessions)
      .set({ lastSeenAt: sql`now() - interval '31 minutes'` })
      .where(eq(userSessions.id, idle.sessionId));
    expect(await loadActor(idle.id, idle.sessionVersion, idle.sessionId)).toBeNull();
    const old = await login("anggota11@sidilan.test");
    await db
      .update(userSessions)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(userSessions.id, old.sessionId));
    expect(await loadActor(old.id, old.sessionVersion, old.sessionId)).toBeNull();
    const fresh = await login("anggota11@sidilan.test");
    expect(await loadActor(fresh.id, fresh.sessionVersion, fresh.sessionId)).not.toBeNull();
  });

  it("changing one's password ends the other sessions and keeps this one", async () => {
    const here = await login("anggota12@sidilan.test");
    const elsewhere = await login("anggota12@sidilan.test");
    const actor = (await loadActor(here.id, here.sessionVersion, here.sessionId))!;
    await expect(
      changeOwnPassword(actor, { current: "salah", password: "baru-sekali-123", confirm: "baru-sekali-123" }),
    ).rejects.toMatchObject({ fieldErrors: { current: ["Kata sandi tidak cocok."] } });
    expect(
      await changeOwnPassword(actor, {
        current: DEMO_PASSWORD,
        password: "baru-sekali-123",
        confirm: "baru-sekali-123",
      }),
    ).toBe(1);
    expect(await loadActor(here.id, here.sessionVersion, here.sessionId)).not.toBeNull();
    expect(await loadActor(elsewhere.id, elsewhere.sessionVersion, elsewhere.sessionId)).toBeNull();
    expect(await verifyLogin({ email: "anggota12@sidilan.test", password: DEMO_PASSWORD }, "10.9.0.2")).toBeNull();
    expect(await endOtherSessions(actor)).toBe(0);
  });
});

describe("two-step verification (TOTP)", () => {
  it("enrols with a first code, then login needs a code; codes are single-use; recovery codes work once", async () => {
    const staff = await actorFor(DEMO.staff2);
    const { secret } = await startTotp(staff);
    const [row] = await db.select({ enc: users.totpSecretEnc }).from(users).where(eq(users.id, staff.id));
    expect(row.enc).not.toContain(secret);
    expect(decryptString(row.enc!, "totp-secret")).toBe(secret);
    await expect(confirmTotp(staff, "000000")).rejects.toMatchObject({ status: 422 });
    const codes = await confirmTotp(staff, await generate({ secret }));
    expect(codes).toHaveLength(10);

    await expect(verifyLogin({ email: DEMO.staff2, password: DEMO_PASSWORD }, "10.9.1.1")).rejects.toMatchObject({
      reason: "otp_required",
    });
    await expect(
      verifyLogin({ email: DEMO.staff2, password: DEMO_PASSWORD, otp: "123456" }, "10.9.1.1"),
    ).rejects.toMatchObject({ reason: "otp_invalid" });
    // The code used to confirm cannot be replayed within its time step.
    await expect(
      verifyLogin({ email: DEMO.staff2, password: DEMO_PASSWORD, otp: await generate({ secret }) }, "10.9.1.1"),
    ).rejects.toMatchObject({ reason: "otp_invalid" });
    expect(
      await verifyLogin({ email: DEMO.staff2, password: DEMO_PASSWORD, otp: codes[0].toLowerCase() }, "10.9.1.1"),
    ).not.toBeNull();
    await expect(
      verifyLogin({ email: DEMO.staff2, password: DEMO_PASSWORD, otp: codes[0] }, "10.9.1.1"),
    ).rejects.toMatchObject({ reason: "otp_invalid" });

    const enabled = await actorFor(DEMO.staff2);
    expect(enabled.totpEnabled).toBe(true);
    await expect(turnOffTotp(enabled, "salah")).rejects.toMatchObject({ status: 422 });
    await turnOffTotp(enabled, DEMO_PASSWORD);
    expect(await verifyLogin({ email: DEMO.staff2, password: DEMO_PASSWORD }, "10.9.1.2")).not.toBeNull();
  });

  it("an admin cannot turn TOTP off when it is required", async () => {
    process.env.REQUIRE_ADMIN_2FA = "1";
    try {
      const admin = await actorFor(DEMO.admin);
      await expect(turnOffTotp({ ...admin, totpEnabled: true }, DEMO_PASSWORD)).rejects.toThrow(
        /wajib untuk administrator/,
      );
    } finally {
      delete process.env.REQUIRE_ADMIN_2FA;
    }
  });
});

describe("idle timeout", () => {
  const lastSeen = async (id: string) =>
    (await db.select({ t: userSessions.lastSeenAt }).from(userSessions).where(eq(userSessions.id, id)))[0].t;
  const age = (id: string, secs: number) =>
    db
      .update(userSessions)
      .set({ lastSeenAt: sql`${userSessions.lastSeenAt} - make_interval(secs => ${secs})` })
      .where(eq(userSessions.id, id));

  it("with SESSION_IDLE_MINUTES=1, a user active every 20 seconds stays in; one idle for a minute is out", async () => {
    const before = process.env.SESSION_IDLE_MINUTES;
    process.env.SESSION_IDLE_MINUTES = "1";
    try {
      const u = await login("anggota14@sidilan.test");
      // Three minutes of activity, a request every 20 seconds (the clock is moved by ageing last-seen).
      for (let i = 0; i < 9; i++) {
        await age(u.sessionId, 20);
        expect(await loadActor(u.id, u.sessionVersion, u.sessionId), `request ${i + 1}`).not.toBeNull();
      }
      await age(u.sessionId, 61);
      expect(await loadActor(u.id, u.sessionVersion, u.sessionId)).toBeNull();
    } finally {
      if (before === undefined) delete process.env.SESSION_IDLE_MINUTES;
      else process.env.SESSION_IDLE_MINUTES = before;
    }
  });

  it("refreshes last-seen at most once per tenth of the idle window (capped at a minute), not on every request", async () => {
    const u = await login("anggota13@sidilan.test");
    await age(u.sessionId, 30); // default idle 30 min → refresh after 60 s
    const t0 = await lastSeen(u.sessionId);
    expect(await loadActor(u.id, u.sessionVersion, u.sessionId)).not.toBeNull();
    expect((await lastSeen(u.sessionId)).getTime()).toBe(t0.getTime());
    await age(u.sessionId, 40);
    const t1 = await lastSeen(u.sessionId);
    expect(await loadActor(u.id, u.sessionVersion, u.sessionId)).not.toBeNull();
    expect((await lastSeen(u.sessionId)).getTime()).toBeGreaterThan(t1.getTime() + 60_000);
  });
});
