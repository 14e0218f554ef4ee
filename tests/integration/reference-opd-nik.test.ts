import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { auditLog, pokirBidang, pokirOpd, pokirProposals, users } from "@/lib/db/schema";
import { pokirFormOptions } from "@/lib/pokir/read";
import { classifyProposal } from "@/lib/pokir/staff";
import { submitPublicProposal } from "@/lib/pokir/submit";
import { referenceOverview, saveBidang, saveOpd } from "@/lib/reference/service";
import { createUser, getUser, updateUser } from "@/lib/users/service";
import { actorFor, DEMO } from "../helpers/actors";
import { kelurahanInDapil, openTestPeriod, photo, proposalInput } from "../helpers/pokir";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({
  currentActor: async () => session.actor,
  sessionActor: async () => session.actor,
  actorFromRequest: async () => session.actor,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

let admin: Actor, staff: Actor;
let kel: number;

const audits = async (action: string, id: number | string) =>
  (
    await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, action), eq(auditLog.entityId, String(id))))
  ).length;
const opdRow = async (id: number) => (await db.select().from(pokirOpd).where(eq(pokirOpd.id, id)))[0];

beforeAll(async () => {
  [admin, staff] = await Promise.all([actorFor(DEMO.admin), actorFor(DEMO.staff)]);
  kel = await kelurahanInDapil(1);
  await openTestPeriod();
});

describe("pokir OPD and bidang administration", () => {
  it("admin creates, renames and deactivates an OPD (audited); staff are refused", async () => {
    await expect(saveOpd(staff, undefined, { code: "DX", name: "Dinas Uji", isActive: "on" })).rejects.toMatchObject({
      status: 403,
    });
    await expect(saveOpd(admin, undefined, { code: "", name: "ab" })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { code: expect.arrayContaining(["Kode OPD wajib diisi."]), name: ["Nama OPD minimal 3 karakter."] },
    });
    const id = Number(await saveOpd(admin, undefined, { code: "DUJI", name: "Dinas Uji Coba", isActive: "on" }));
    expect(await opdRow(id)).toMatchObject({ code: "DUJI", name: "Dinas Uji Coba", isActive: true });
    expect(await audits("reference.opd.create", id)).toBe(1);
    await expect(
      saveOpd(admin, undefined, { code: "DUJI", name: "Dinas Lain Lagi", isActive: "on" }),
    ).rejects.toMatchObject({ fieldErrors: { code: ["Kode OPD sudah dipakai."] } });
    await saveOpd(admin, id, { code: "DUJI", name: "Dinas Uji Coba Baru", isActive: "on" });
    await saveOpd(admin, id, { code: "DUJI", name: "Dinas Uji Coba Baru" }); // unchecked box: retired
    expect(await opdRow(id)).toMatchObject({ name: "Dinas Uji Coba Baru", isActive: false });
    expect(await audits("reference.opd.update", id)).toBe(2);
    await expect(saveOpd(staff, id, { code: "DUJI", name: "Dinas Uji Coba", isActive: "on" })).rejects.toMatchObject({
      status: 403,
    });
    const ref = await referenceOverview(admin);
    expect(ref.opd.find((o) => o.id === id)).toMatchObject({ isActive: false }); // still listed for the admin to reactivate
    expect((await pokirFormOptions()).opd.map((o) => o.id)).not.toContain(id);
  });

  it("admin creates, renames and retires a bidang and sets its default OPD (audited); staff are refused", async () => {
    const [opd] = await db.select().from(pokirOpd).where(eq(pokirOpd.isActive, true)).limit(1);
    const retired = Number(await saveOpd(admin, undefined, { code: "DLAMA", name: "Dinas Lama" }));
    await expect(
      saveBidang(staff, undefined, { code: "B99", name: "Bidang Uji", isActive: "on" }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      saveBidang(admin, undefined, { code: "B99", name: "Bidang Uji", defaultOpdId: String(retired), isActive: "on" }),
    ).rejects.toMatchObject({ fieldErrors: { defaultOpdId: [expect.stringMatching(/tidak aktif/)] } });
    const id = Number(
      await saveBidang(admin, undefined, {
        code: "B99",
        name: "Bidang Uji",
        defaultOpdId: String(opd.id),
        isActive: "on",
      }),
    );
    expect(await audits("reference.bidang.create", id)).toBe(1);
    await saveBidang(admin, id, { code: "B99", name: "Bidang Uji Baru", defaultOpdId: "", isActive: "on" });
    let [row] = await db.select().from(pokirBidang).where(eq(pokirBidang.id, id));
    expect(row).toMatchObject({ name: "Bidang Uji Baru", defaultOpdId: null, isActive: true });
    await saveBidang(admin, id, { code: "B99", name: "Bidang Uji Baru", defaultOpdId: String(opd.id) });
    [row] = await db.select().from(pokirBidang).where(eq(pokirBidang.id, id));
    expect(row).toMatchObject({ defaultOpdId: opd.id, isActive: false });
    expect(await audits("reference.bidang.update", id)).toBe(2);
    expect((await pokirFormOptions()).bidang.map((b) => b.id)).not.toContain(id);
    await expect(
      submitPublicProposal(null, proposalInput(kel, { bidangId: String(id) }), [await photo()]),
    ).rejects.toMatchObject({
      status: 422,
      fieldErrors: { bidangId: ["Bidang ini sudah tidak aktif. Pilih bidang lain dari daftar."] },
    });
  });
});

describe("citizen's OPD tujuan", () => {
  it("stores the chosen OPD, else the bidang's default; a retired OPD is refused with a clear message", async () => {
    const opds = await db.select().from(pokirOpd).where(eq(pokirOpd.isActive, true));
    const [bidang] = await db.select().from(pokirBidang).where(eq(pokirBidang.isActive, true)).limit(1);
    const defaultOpd = Number(await saveOpd(admin, undefined, { code: "DBAW", name: "Dinas Bawaan", isActive: "on" }));
    await saveBidang(admin, bidang.id, {
      code: bidang.code,
      name: bidang.name,
      defaultOpdId: String(defaultOpd),
      isActive: "on",
    });
    const chosen = opds.find((o) => o.id !== defaultOpd)!;

    const withOpd = await submitPublicProposal(
      null,
      proposalInput(kel, { bidangId: String(bidang.id), opdId: String(chosen.id) }),
      [await photo()],
    );
    const without = await submitPublicProposal(null, proposalInput(kel, { bidangId: String(bidang.id), opdId: "" }), [
      await photo(),
    ]);
    const stored = async (id: string) =>
      (await db.select({ opdId: pokirProposals.opdId }).from(pokirProposals).where(eq(pokirProposals.id, id)))[0].opdId;
    expect(await stored(withOpd.id)).toBe(chosen.id);
    expect(await stored(without.id)).toBe(defaultOpd);

    const retired = Number(await saveOpd(admin, undefined, { code: "DTUTUP", name: "Dinas Ditutup" }));
    expect((await pokirFormOptions()).opd.map((o) => o.id)).not.toContain(retired);
    await expect(
      submitPublicProposal(null, proposalInput(kel, { opdId: String(retired) }), [await photo()]),
    ).rejects.toMatchObject({
      status: 422,
      fieldErrors: { opdId: ["OPD ini sudah tidak aktif. Pilih OPD lain dari daftar atau kosongkan."] },
    });
    await expect(classifyProposal(staff, withOpd.id, { opdId: String(retired) })).rejects.toMatchObject({
      status: 422,
    });

    // A retired default OPD is never assigned: the proposal waits for the Sekretariat instead.
    await saveOpd(admin, defaultOpd, { code: "DBAW", name: "Dinas Bawaan" });
    const afterRetire = await submitPublicProposal(null, proposalInput(kel, { bidangId: String(bidang.id) }), [
      await photo(),
    ]);
    expect(await stored(afterRetire.id)).toBeNull();
  });

  it("POST /api/v1/pokir accepts opdId and refuses a retired one with 422", async () => {
    const { POST } = await import("@/app/api/v1/pokir/route");
    session.actor = null;
    // This test is about the OPD field; the anti-spam proof has its own tests (pokir-antispam).
    process.env.PUBLIC_CHALLENGE = "off";
    const img = (await photo()).data.toString("base64");
    const [active] = await db.select().from(pokirOpd).where(eq(pokirOpd.isActive, true)).limit(1);
    const retired = Number(await saveOpd(admin, undefined, { code: "DAPI", name: "Dinas Api Lama" }));
    const post = (opdId: number, ip: string) =>
      POST(
        new Request("http://localhost/api/v1/pokir", {
          method: "POST",
          headers: { "content-type": "application/json", "x-forwarded-for": ip },
          body: JSON.stringify({
            ...proposalInput(kel),
            opdId,
            consent: true,
            photos: [{ name: "a.png", contentBase64: img }],
          }),
        }),
        { params: Promise.resolve({}) },
      );
    const ok = await post(active.id, "10.1.0.1");
    expect(ok.status).toBe(201);
    const { trackingCode } = (await ok.json()) as { trackingCode: string };
    const [row] = await db
      .select({ opdId: pokirProposals.opdId })
      .from(pokirProposals)
      .where(eq(pokirProposals.trackingCode, trackingCode));
    expect(row.opdId).toBe(active.id);
    const bad = await post(retired, "10.1.0.2");
    expect(bad.status).toBe(422);
    expect(
      ((await bad.json()) as { error: { fieldErrors: Record<string, string[]> } }).error.fieldErrors.opdId[0],
    ).toMatch(/tidak aktif/);
    process.env.PUBLIC_CHALLENGE = "on";
  });
});

describe("NIK on the admin user form", () => {
  const base = { name: "Penanda Tangan", role: "staff", password: "kata-sandi-panjang" };

  it("15 digits is a field error; 16 digits is stored; only an admin can set it", async () => {
    await expect(
      createUser(admin, { ...base, email: "ttd1@sidilan.test", nik: "647101010101000" }),
    ).rejects.toMatchObject({ status: 422, fieldErrors: { nik: ["NIK terdiri dari 16 angka."] } });
    const id = await createUser(admin, { ...base, email: "ttd1@sidilan.test", nik: "6471010101010001" });
    expect((await getUser(admin, id)).nik).toBe("6471010101010001");
    await expect(
      updateUser(staff, id, { ...base, email: "ttd1@sidilan.test", nik: "6471010101010002" }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(getUser(staff, id)).rejects.toMatchObject({ status: 403 });
    await expect(
      updateUser(admin, id, { ...base, email: "ttd1@sidilan.test", nik: "64710101x1010002" }),
    ).rejects.toMatchObject({ fieldErrors: { nik: ["NIK terdiri dari 16 angka."] } });
    await updateUser(admin, id, { ...base, email: "ttd1@sidilan.test", nik: "6471010101010002" });
    const [row] = await db.select({ nik: users.nik }).from(users).where(eq(users.id, id));
    expect(row.nik).toBe("6471010101010002");
    const entries = await db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(JSON.stringify(entries)).not.toContain("647101010101000"); // personal data stays out of the audit log
  });
});
