import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { auditLog, users } from "@/lib/db/schema";
import { isAppError } from "@/lib/errors";
import { createUser, getUser, listUsers, memberOptions, setUserActive, updateUser } from "@/lib/users/service";
import { actorFor, DEMO } from "../helpers/actors";

async function fieldErrors(p: Promise<unknown>) {
  const e: unknown = await p.catch((x: unknown) => x);
  if (!isAppError(e)) throw new Error(`expected AppError, got ${String(e)}`);
  return e.fieldErrors as Record<string, string[]>;
}

describe("user administration", () => {
  it("seeds 45 members over 6 dapil with the KPU seat counts, plus admin and four staff (two for the E-Paper paraf chain)", async () => {
    const rows = await db.select({ role: users.role, dapilId: users.dapilId }).from(users);
    expect(rows.filter((r) => r.role === "member")).toHaveLength(45);
    expect(rows.filter((r) => r.role === "staff")).toHaveLength(4);
    expect(rows.filter((r) => r.role === "admin")).toHaveLength(1);
    const perDapil = await db.execute(
      sql`select d.number, d.seats, count(u.id)::int as n from dapil d left join users u on u.dapil_id = d.id group by d.id order by d.number`,
    );
    const list = (Array.isArray(perDapil) ? perDapil : (perDapil as { rows: unknown[] }).rows) as {
      seats: number;
      n: number;
    }[];
    for (const d of list) expect(d.n).toBe(d.seats);
  });

  it("creates a member with dapil, komisi and fraksi, audited", async () => {
    const admin = await actorFor(DEMO.admin);
    const opts = await memberOptions();
    const id = await createUser(admin, {
      name: "Anggota Baru",
      email: "Anggota.Baru@Sidilan.test",
      role: "member",
      password: "kata-sandi-panjang",
      dapilId: String(opts.dapil[2].id),
      komisiId: String(opts.komisi[0].id),
      fraksiId: String(opts.fraksi[1].id),
    });
    const user = await getUser(admin, id);
    expect(user).toMatchObject({ email: "anggota.baru@sidilan.test", role: "member", dapilId: opts.dapil[2].id });
    const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(audit.map((a) => a.action)).toContain("user.create");
    expect(JSON.stringify(audit)).not.toContain("kata-sandi-panjang");
  });

  it("returns every field error at once, in Indonesian, and stores nothing", async () => {
    const admin = await actorFor(DEMO.admin);
    const before = await db.select({ n: sql<number>`count(*)::int` }).from(users);
    const fe = await fieldErrors(
      createUser(admin, { name: "", email: "bukan-email", role: "member", password: "pendek", nip: "12ab" }),
    );
    expect(fe.name).toBeDefined();
    expect(fe.email).toContain("Format email tidak valid.");
    expect(fe.password).toContain("Kata sandi minimal 10 karakter.");
    expect(fe.nip).toContain("NIP terdiri dari 18 angka.");
    expect(fe.dapilId).toContain("Anggota DPRD wajib memiliki dapil.");
    const after = await db.select({ n: sql<number>`count(*)::int` }).from(users);
    expect(after).toEqual(before);
  });

  it("refuses a duplicate e-mail regardless of case", async () => {
    const admin = await actorFor(DEMO.admin);
    const fe = await fieldErrors(
      createUser(admin, {
        name: "Kembar",
        email: "STAF.UMUM@sidilan.test",
        role: "staff",
        password: "kata-sandi-panjang",
      }),
    );
    expect(fe.email).toContain("Email sudah dipakai akun lain.");
  });

  it("a role change drops member attributes and an admin cannot demote or deactivate themself", async () => {
    const admin = await actorFor(DEMO.admin);
    const member = await actorFor("anggota09@sidilan.test");
    await updateUser(admin, member.id, { name: member.name, email: member.email, role: "staff" });
    expect(await getUser(admin, member.id)).toMatchObject({
      role: "staff",
      dapilId: null,
      komisiId: null,
      fraksiId: null,
    });
    const fe = await fieldErrors(updateUser(admin, admin.id, { name: admin.name, email: admin.email, role: "staff" }));
    expect(fe.role[0]).toMatch(/tidak dapat menurunkan/);
    await expect(setUserActive(admin, admin.id, false)).rejects.toThrow(/tidak dapat menonaktifkan/);
  });

  it("staff and members cannot read or manage users; unknown ids are 404", async () => {
    const staff = await actorFor(DEMO.staff);
    const member = await actorFor(DEMO.memberDapil1);
    const admin = await actorFor(DEMO.admin);
    await expect(listUsers(staff)).rejects.toMatchObject({ status: 403 });
    await expect(listUsers(member)).rejects.toMatchObject({ status: 403 });
    await expect(listUsers(null)).rejects.toMatchObject({ status: 401 });
    await expect(getUser(admin, "bukan-uuid")).rejects.toMatchObject({ status: 404 });
    await expect(getUser(admin, "00000000-0000-4000-8000-000000000000")).rejects.toMatchObject({ status: 404 });
  });

  it("searches by name or e-mail with LIKE wildcards treated literally, and paginates", async () => {
    const admin = await actorFor(DEMO.admin);
    const page1 = await listUsers(admin, { role: "member", pageSize: 10, page: 1 });
    expect(page1.items).toHaveLength(10);
    expect(page1.total).toBeGreaterThanOrEqual(44);
    expect((await listUsers(admin, { q: "%" })).total).toBe(0);
    expect((await listUsers(admin, { q: "dapil2" })).items.map((u) => u.email)).toEqual([
      "anggota.dapil2@sidilan.test",
    ]);
  });
});
