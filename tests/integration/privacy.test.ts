import { eq, like, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  aspirationCategories,
  aspirations,
  auditLog,
  kecamatan,
  kelurahan,
  outboxMessages,
  pokirPeriods,
  pokirProposals,
  pokirVersions,
  privacyRequests,
} from "@/lib/db/schema";
import {
  confirmDataRequest,
  correctPerson,
  erasePerson,
  findPerson,
  runRetention,
  startDataRequest,
} from "@/lib/privacy/service";
import { newTrackingCode } from "@/lib/tracking/code";
import { actorFor, DEMO } from "../helpers/actors";
import type { Actor } from "@/lib/auth/roles";

let staff: Actor;
let member: Actor;
let categoryId: number;
let kecamatanId: number;

async function aspiration(over: Partial<typeof aspirations.$inferInsert> = {}) {
  const [row] = await db
    .insert(aspirations)
    .values({
      trackingCode: newTrackingCode("ASP"),
      title: "Jalan berlubang di Gunung Samarinda",
      body: "Mohon diperbaiki.",
      categoryId,
      kecamatanId,
      ...over,
    })
    .returning();
  return row;
}

/** The one-time code, read from the queued message (as the citizen reads it on their phone). */
async function otpFor(requestId: string): Promise<string> {
  const [m] = await db.select().from(outboxMessages).where(eq(outboxMessages.relatedId, requestId));
  return /(\d{6})/.exec(m.body)![1];
}

beforeAll(async () => {
  staff = await actorFor(DEMO.staff);
  member = await actorFor(DEMO.memberDapil1);
  categoryId = (await db.select().from(aspirationCategories).limit(1))[0].id;
  kecamatanId = (await db.select().from(kecamatan).limit(1))[0].id;
});

describe("a citizen's data request", () => {
  it("sends a one-time code to the record's contact and then shows every record with that contact", async () => {
    const a = await aspiration({
      reporterName: "Siti Aminah",
      reporterEmail: "Siti@Contoh.id",
      reporterPhone: "0812-3456-7890",
    });
    await aspiration({ reporterName: "Siti A.", reporterPhone: "+62 812 3456 7890", title: "Lampu jalan padam" });
    await aspiration({ reporterName: "Orang lain", reporterEmail: "lain@contoh.id" });
    const r = await startDataRequest(a.trackingCode.toLowerCase(), "ip-1");
    // The holder of a code learns nothing about the contact, not even a masked form.
    expect(Object.keys(r)).toEqual(["requestId"]);
    const messages = await db.select().from(outboxMessages).where(eq(outboxMessages.relatedId, r.requestId));
    expect(messages.map((m) => m.channel).sort()).toEqual(["email", "whatsapp"]);
    const [stored] = await db.select().from(privacyRequests).where(eq(privacyRequests.id, r.requestId));
    const otp = await otpFor(r.requestId);
    expect(stored.codeHash).not.toContain(otp);

    await expect(confirmDataRequest(r.requestId, otp === "000000" ? "111111" : "000000")).rejects.toMatchObject({
      status: 422,
    });
    const records = await confirmDataRequest(r.requestId, otp);
    expect(records.map((x) => x.name).sort()).toEqual(["Siti A.", "Siti Aminah"]);
    expect(records.every((x) => x.trackingCode.startsWith("ASP-"))).toBe(true);
    // Single use.
    await expect(confirmDataRequest(r.requestId, otp)).rejects.toMatchObject({ status: 400 });
  });

  it("refuses unknown codes, anonymous records, expired codes and too many attempts with clear messages", async () => {
    await expect(startDataRequest("bukan kode", "ip-2")).rejects.toMatchObject({ status: 422 });
    await expect(startDataRequest(newTrackingCode("ASP"), "ip-2")).rejects.toMatchObject({
      status: 404,
      message: "Kode pelacakan tidak ditemukan.",
    });
    const anon = await aspiration({ isAnonymous: true });
    // Same neutral answer as for a record with a contact; nothing is sent, and no code can match.
    const anonReq = await startDataRequest(anon.trackingCode, "ip-2");
    expect(await db.select().from(outboxMessages).where(eq(outboxMessages.relatedId, anonReq.requestId))).toHaveLength(
      0,
    );
    await expect(confirmDataRequest(anonReq.requestId, "123456")).rejects.toMatchObject({ status: 422 });

    const a = await aspiration({ reporterEmail: "coba@contoh.id" });
    const r = await startDataRequest(a.trackingCode, "ip-2");
    for (let i = 0; i < 5; i++)
      await expect(confirmDataRequest(r.requestId, "999999")).rejects.toMatchObject({ status: 422 });
    await expect(confirmDataRequest(r.requestId, await otpFor(r.requestId))).rejects.toThrow(
      /Terlalu banyak percobaan/,
    );

    const r2 = await startDataRequest(a.trackingCode, "ip-2");
    await db
      .update(privacyRequests)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(privacyRequests.id, r2.requestId));
    await expect(confirmDataRequest(r2.requestId, await otpFor(r2.requestId))).rejects.toThrow(/kedaluwarsa/);
    await expect(confirmDataRequest("bukan-uuid", "123456")).rejects.toMatchObject({ status: 404 });
  });

  it("is rate-limited per IP", async () => {
    for (let i = 0; i < 10; i++)
      await startDataRequest((await aspiration({ reporterEmail: `batas${i}@contoh.id` })).trackingCode, "ip-limit");
    const a = await aspiration({ reporterEmail: "batas@contoh.id" });
    await expect(startDataRequest(a.trackingCode, "ip-limit")).rejects.toMatchObject({ status: 429 });
  });

  it("is limited per tracking code and per contact, whatever the address", async () => {
    const a = await aspiration({ reporterEmail: "sasaran@contoh.id", reporterPhone: "0813-1111-2222" });
    for (let i = 0; i < 3; i++) await startDataRequest(a.trackingCode, `ip-code-${i}`);
    await expect(startDataRequest(a.trackingCode, "ip-code-9")).rejects.toMatchObject({
      status: 429,
      message: expect.stringMatching(/sudah diminta berulang kali/),
    });
    // Other records of the same person (the same phone): at most 5 codes a day reach that contact.
    for (let i = 0; i < 2; i++)
      await startDataRequest(
        (await aspiration({ reporterPhone: "+62 813 1111 2222" })).trackingCode,
        `ip-contact-${i}`,
      );
    const more = await aspiration({ reporterPhone: "081311112222" });
    await expect(startDataRequest(more.trackingCode, "ip-contact-x")).rejects.toMatchObject({ status: 429 });
    const sent = await db.select().from(outboxMessages).where(eq(outboxMessages.recipient, "0813-1111-2222"));
    expect(sent.length).toBeLessThanOrEqual(5);
  });
});

describe("staff: export, correct and erase one person", () => {
  it("only office roles may do it", async () => {
    await expect(findPerson(null, { email: "x@contoh.id" })).rejects.toMatchObject({ status: 401 });
    await expect(findPerson(member, { email: "x@contoh.id" })).rejects.toMatchObject({ status: 403 });
    await expect(erasePerson(member, { email: "x@contoh.id" })).rejects.toMatchObject({ status: 403 });
    await expect(findPerson(staff, {})).rejects.toMatchObject({ status: 422 });
  });

  it("corrects a contact on every record, then erases the person while the public record stays", async () => {
    const a = await aspiration({
      reporterName: "Budi",
      reporterEmail: "budi@contoh.id",
      reporterPhone: "081111111111",
      status: "selesai",
    });
    const b = await aspiration({ reporterName: "Budi", reporterEmail: "BUDI@contoh.id" });
    await db.insert(outboxMessages).values([
      { channel: "email", recipient: "budi@contoh.id", body: "Terkirim", status: "sent" },
      { channel: "email", recipient: "budi@contoh.id", body: "Menunggu" },
    ]);
    expect(await findPerson(staff, { email: "budi@contoh.id" })).toHaveLength(2);
    await expect(correctPerson(staff, { email: "budi@contoh.id" }, { newEmail: "bukan email" })).rejects.toMatchObject({
      status: 422,
    });
    expect(await correctPerson(staff, { email: "budi@contoh.id" }, { name: "Budi Santoso" })).toBe(2);
    expect((await findPerson(staff, { phone: "+62 811-1111-1111" })).map((r) => r.name)).toEqual(["Budi Santoso"]);

    expect(await erasePerson(staff, { email: "budi@contoh.id" })).toBe(2);
    const rows = await db
      .select()
      .from(aspirations)
      .where(sql`${aspirations.id} in (${a.id}, ${b.id})`);
    for (const r of rows) {
      expect([r.reporterName, r.reporterEmail, r.reporterPhone]).toEqual([null, null, null]);
      expect(r.title).toBe("Jalan berlubang di Gunung Samarinda");
    }
    expect(rows.find((r) => r.id === a.id)!.status).toBe("selesai");
    const mail = await db.select().from(outboxMessages).where(like(outboxMessages.recipient, "%budi%"));
    expect(mail).toHaveLength(0);
    expect(await db.select().from(outboxMessages).where(eq(outboxMessages.recipient, "[dihapus]"))).toHaveLength(1);
    await expect(erasePerson(staff, { email: "budi@contoh.id" })).rejects.toMatchObject({ status: 404 });
    const audit = await db.select().from(auditLog).where(eq(auditLog.action, "privacy.person.erase"));
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0])).not.toContain("budi");
  });
});

describe("retention job", () => {
  it("anonymises contacts of aspirations closed longer than the period, and reports it", async () => {
    const now = new Date("2026-11-28T00:00:00Z");
    const old = await aspiration({
      reporterName: "Lama",
      reporterEmail: "lama@contoh.id",
      status: "selesai",
      closedAt: new Date("2025-06-01T00:00:00Z"),
    });
    const recent = await aspiration({
      reporterName: "Baru",
      reporterEmail: "baru@contoh.id",
      status: "selesai",
      closedAt: new Date("2026-10-01T00:00:00Z"),
    });
    const open = await aspiration({
      reporterName: "Terbuka",
      reporterEmail: "buka@contoh.id",
      status: "ditindaklanjuti",
      createdAt: new Date("2024-01-01T00:00:00Z"),
      updatedAt: new Date("2024-01-01T00:00:00Z"),
    });
    process.env.RETENTION_ASPIRATION_CONTACT_DAYS = "365";
    const report = await runRetention(now);
    delete process.env.RETENTION_ASPIRATION_CONTACT_DAYS;
    expect(report.sources.find((s) => s.source === "aspirasi")).toMatchObject({ days: 365, anonymised: 1 });
    const get = async (id: string) => (await db.select().from(aspirations).where(eq(aspirations.id, id)))[0];
    expect((await get(old.id)).reporterEmail).toBeNull();
    expect((await get(old.id)).title).toBe("Jalan berlubang di Gunung Samarinda");
    expect((await get(recent.id)).reporterEmail).toBe("baru@contoh.id");
    expect((await get(open.id)).reporterEmail).toBe("buka@contoh.id");
    // Idempotent: a second run finds nothing more.
    expect((await runRetention(now)).sources.find((s) => s.source === "aspirasi")!.anonymised).toBe(0);
    expect(await db.select().from(auditLog).where(eq(auditLog.action, "privacy.retention.run"))).toHaveLength(2);
  });
});

describe("pokir proposals are covered too", () => {
  async function proposal(over: Partial<typeof pokirProposals.$inferInsert> = {}) {
    let [period] = await db.select().from(pokirPeriods).limit(1);
    if (!period) {
      [period] = await db
        .insert(pokirPeriods)
        .values({
          planYear: 2099,
          name: "RKPD 2099",
          opensAt: new Date("2098-01-01T00:00:00Z"),
          closesAt: new Date("2098-02-01T00:00:00Z"),
          musrenbangOn: "2098-03-01",
        })
        .returning();
    }
    const [kel] = await db.select().from(kelurahan).limit(1);
    const [row] = await db
      .insert(pokirProposals)
      .values({
        trackingCode: newTrackingCode("POK"),
        periodId: period.id,
        proposerName: "Kelompok Tani Makmur",
        proposerEmail: "tani@contoh.id",
        title: "Perbaikan saluran irigasi",
        masalah: "Saluran rusak.",
        usulan: "Perbaiki saluran.",
        kecamatanId: kel.kecamatanId,
        kelurahanId: kel.id,
        rt: "05",
        address: "Jl. Mawar RT 05",
        volume: 200,
        unit: "meter",
        ...over,
      })
      .returning();
    await db.insert(pokirVersions).values({
      proposalId: row.id,
      version: 1,
      data: { proposerName: "Kelompok Tani Makmur", proposerEmail: "tani@contoh.id", title: row.title },
    });
    return row;
  }

  it("finds, erases (also in correction versions) and retains pokir proposers with the aspirations of the same person", async () => {
    const p = await proposal();
    await aspiration({ reporterName: "Pak Tani", reporterEmail: "TANI@contoh.id" });
    const found = await findPerson(staff, { email: "tani@contoh.id" });
    expect(found.map((r) => r.source).sort()).toEqual(["aspirasi", "pokir"]);
    const r = await startDataRequest(p.trackingCode, "ip-pokir");
    expect(await confirmDataRequest(r.requestId, await otpFor(r.requestId))).toHaveLength(2);

    expect(await erasePerson(staff, { email: "tani@contoh.id" })).toBe(2);
    const [after] = await db.select().from(pokirProposals).where(eq(pokirProposals.id, p.id));
    expect([after.proposerName, after.proposerEmail, after.proposerPhone]).toEqual(["[dihapus]", null, null]);
    expect(after.title).toBe("Perbaikan saluran irigasi");
    const [v] = await db.select().from(pokirVersions).where(eq(pokirVersions.proposalId, p.id));
    expect(JSON.stringify(v.data)).not.toContain("tani@contoh.id");
    expect(v.data.title).toBe("Perbaikan saluran irigasi");

    const old = await proposal({
      proposerEmail: "lama.pokir@contoh.id",
      status: "tidak_diakomodir",
      outcomeAt: new Date("2023-01-01T00:00:00Z"),
    });
    const report = await runRetention(new Date("2026-11-28T00:00:00Z"));
    expect(report.sources.find((s) => s.source === "pokir")).toMatchObject({ days: 730, anonymised: 1 });
    expect((await db.select().from(pokirProposals).where(eq(pokirProposals.id, old.id)))[0].proposerEmail).toBeNull();
  });
});
