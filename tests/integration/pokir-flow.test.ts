import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { openPostgres } from "@/lib/db/open";
import { auditLog, outboxMessages, pokirPeriods, pokirProposals, pokirVersions } from "@/lib/db/schema";
import { correctProposal, openCorrection } from "@/lib/pokir/correction";
import { finalizePeriod, markSipdEntered, recordOutcome } from "@/lib/pokir/finalize";
import { adoptProposal, endorseProposal, releaseProposal } from "@/lib/pokir/member";
import { savePeriod } from "@/lib/pokir/periods";
import { getProposalForMember, trackProposal } from "@/lib/pokir/read";
import {
  classifyProposal,
  mergeProposal,
  mergeSuggestions,
  rejectProposal,
  returnProposal,
  verifyProposal,
} from "@/lib/pokir/staff";
import { submitPublicProposal } from "@/lib/pokir/submit";
import { actorFor, DEMO } from "../helpers/actors";
import { kelurahanInDapil, openTestPeriod, photo, proposalInput } from "../helpers/pokir";
import { testHandle } from "../setup/db";

let staff: Actor, admin: Actor, m1: Actor, m2: Actor, ketua: Actor;
let kel1: number;
let periodId: number;

beforeAll(async () => {
  [staff, admin, m1, m2, ketua] = await Promise.all([
    actorFor(DEMO.staff),
    actorFor(DEMO.admin),
    actorFor(DEMO.memberDapil1),
    actorFor(DEMO.memberDapil2),
    actorFor(DEMO.ketua),
  ]);
  kel1 = await kelurahanInDapil(1);
  periodId = (await openTestPeriod()).id;
});

async function submit(over: Record<string, unknown> = {}) {
  return submitPublicProposal(null, proposalInput(kel1, over), [await photo()]);
}

describe("pokir periods", () => {
  it("refuses a close date later than 7 days before the Musrenbang", async () => {
    await expect(
      savePeriod(admin, undefined, {
        planYear: 2030,
        name: "Pokir 2030",
        opensOn: "2029-01-01",
        closesOn: "2029-02-25",
        musrenbangOn: "2029-03-01",
      }),
    ).rejects.toMatchObject({
      status: 422,
      fieldErrors: { closesOn: [expect.stringContaining("7 hari sebelum Musrenbang")] },
    });
    const id = await savePeriod(admin, undefined, {
      planYear: 2030,
      name: "Pokir 2030",
      opensOn: "2029-01-01",
      closesOn: "2029-02-22",
      musrenbangOn: "2029-03-01",
    });
    expect(id).toBeGreaterThan(0);
  });

  it("only admins manage periods", async () => {
    await expect(savePeriod(staff, undefined, {})).rejects.toMatchObject({ status: 403 });
  });

  it("refuses a public proposal when no period is open", async () => {
    await expect(
      submitPublicProposal(null, proposalInput(kel1), [await photo()], { now: new Date("2020-01-01") }),
    ).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining("sedang ditutup"),
    });
  });
});

describe("public submission", () => {
  it("stores a complete proposal with its dapil and a POK code, audited", async () => {
    const r = await submit();
    expect(r.trackingCode).toMatch(/^POK-/);
    const [p] = await db.select().from(pokirProposals).where(eq(pokirProposals.id, r.id));
    expect(p.status).toBe("diajukan");
    expect(p.dapilId).toBe(m1.dapilId);
    expect(p.opdId).toBeNull();
    const audits = await db.select().from(auditLog).where(eq(auditLog.entityId, r.id));
    expect(audits.map((a) => a.action)).toContain("pokir.submit");
  });

  it("requires a photo, a positive volume and a non-negative cost, with Indonesian messages", async () => {
    await expect(submitPublicProposal(null, proposalInput(kel1), [])).rejects.toMatchObject({
      fieldErrors: { photos: [expect.stringContaining("minimal satu foto")] },
    });
    await expect(submit({ volume: "-5" })).rejects.toMatchObject({
      fieldErrors: { volume: ["Volume tidak boleh negatif."] },
    });
    await expect(submit({ estimatedCost: "-1" })).rejects.toMatchObject({
      fieldErrors: { estimatedCost: ["Perkiraan anggaran tidak boleh negatif."] },
    });
    await expect(submit({ unit: "" })).rejects.toMatchObject({
      fieldErrors: { unit: expect.arrayContaining(["Satuan wajib diisi."]) },
    });
    await expect(submit({ consent: undefined })).rejects.toMatchObject({
      fieldErrors: { consent: [expect.stringContaining("Persetujuan")] },
    });
  });
});

describe("verification, adoption and visibility", () => {
  it("members see a pokir only after verification and only in their dapil", async () => {
    const r = await submit();
    await expect(getProposalForMember(m1, r.id)).rejects.toMatchObject({ status: 404 });
    await verifyProposal(staff, r.id);
    expect((await getProposalForMember(m1, r.id)).trackingCode).toBe(r.trackingCode);
    await expect(getProposalForMember(m2, r.id)).rejects.toMatchObject({ status: 404 });
    await expect(adoptProposal(m2, r.id)).rejects.toMatchObject({ status: 404 });
  });

  it("one adopter; a second member gets a conflict and may endorse", async () => {
    const r = await submit();
    await verifyProposal(staff, r.id);
    const others = (await db.execute(
      sql`select id from users where dapil_id = ${m1.dapilId} and role = 'member' and id <> ${m1.id} limit 1`,
    )) as unknown as { rows?: { id: string }[] } & { id: string }[];
    const otherId = (others.rows ?? others)[0].id;
    const other = { ...m1, id: otherId, name: "Anggota lain" };
    await adoptProposal(m1, r.id);
    await expect(adoptProposal(other, r.id)).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining("dapat memberi dukungan"),
    });
    await endorseProposal(other, r.id);
    await endorseProposal(other, r.id);
    const view = await getProposalForMember(m1, r.id);
    expect(view.adoptedBy).toBe(m1.id);
    expect(view.endorsements).toHaveLength(1);
    const t = await trackProposal(r.trackingCode);
    expect(t?.status).toBe("diadopsi");
    expect(t?.adopterName).toBe(m1.name);
  });

  it("two concurrent adoptions: exactly one wins", async () => {
    const r = await submit();
    await verifyProposal(staff, r.id);
    const h = testHandle();
    const pool = h.kind === "postgres" ? openPostgres(h.url!, 4) : h;
    try {
      const others = (await pool.db.execute(
        sql`select id from users where dapil_id = ${m1.dapilId} and role = 'member' and id <> ${m1.id} limit 1`,
      )) as unknown as { rows?: { id: string }[] } & { id: string }[];
      const other = { ...m1, id: (others.rows ?? others)[0].id };
      const results = await Promise.allSettled([adoptProposal(m1, r.id, pool.db), adoptProposal(other, r.id, pool.db)]);
      expect(results.filter((x) => x.status === "fulfilled")).toHaveLength(1);
      const rejected = results.find((x) => x.status === "rejected") as PromiseRejectedResult;
      expect(rejected.reason).toMatchObject({ status: 409 });
      const [p] = await pool.db.select().from(pokirProposals).where(eq(pokirProposals.id, r.id));
      expect(p.status).toBe("diadopsi");
    } finally {
      if (pool !== h) await pool.close();
    }
  });

  it("the adopter can release before finalisation", async () => {
    const r = await submit();
    await verifyProposal(staff, r.id);
    await adoptProposal(m1, r.id);
    await releaseProposal(m1, r.id);
    const [p] = await db.select().from(pokirProposals).where(eq(pokirProposals.id, r.id));
    expect(p.status).toBe("diverifikasi");
    expect(p.adoptedBy).toBeNull();
  });
});

describe("return, correction, reject, merge", () => {
  it("a returned proposal is corrected once through the link and versioned", async () => {
    const r = await submit();
    const { token } = await returnProposal(staff, r.id, { reason: "Alamat kurang lengkap, sebutkan nomor rumah." });
    const msgs = await db.select().from(outboxMessages).where(eq(outboxMessages.relatedId, r.id));
    expect(msgs.some((m) => m.body.includes("/pokir/perbaiki?kode="))).toBe(true);
    await expect(openCorrection(r.trackingCode, "salah")).rejects.toMatchObject({ status: 404 });
    await correctProposal(
      r.trackingCode,
      token,
      proposalInput(kel1, { address: "Jl. Mawar Gg. 3 No. 10A, depan masjid" }),
    );
    const [p] = await db.select().from(pokirProposals).where(eq(pokirProposals.id, r.id));
    expect(p.status).toBe("diajukan");
    expect(p.version).toBe(2);
    expect(p.address).toContain("depan masjid");
    const versions = await db.select().from(pokirVersions).where(eq(pokirVersions.proposalId, r.id));
    expect(versions).toHaveLength(1);
    await expect(correctProposal(r.trackingCode, token, proposalInput(kel1))).rejects.toMatchObject({ status: 404 });
  });

  it("a rejected proposal cannot be fixed or verified", async () => {
    const r = await submit();
    await rejectProposal(staff, r.id, { reason: "Bukan kewenangan pemerintah kota." });
    await expect(verifyProposal(staff, r.id)).rejects.toMatchObject({ status: 409 });
    await expect(rejectProposal(staff, r.id, { reason: "x" })).rejects.toMatchObject({ status: 422 });
  });

  it("suggests and merges duplicates by title similarity", async () => {
    const a = await submit({ title: "Pembangunan drainase Jalan Melati RT 05" });
    const b = await submit({ title: "Pembangunan drainase di Jalan Melati RT 5" });
    const s = await mergeSuggestions(staff, b.id);
    expect(s.map((x) => x.id)).toContain(a.id);
    await mergeProposal(staff, b.id, { targetId: a.id });
    const t = await trackProposal(b.trackingCode);
    expect(t?.status).toBe("digabung");
  });

  it("staff set bidang and OPD", async () => {
    const r = await submit();
    await classifyProposal(staff, r.id, { bidangId: "1", opdId: "" });
    const [p] = await db.select().from(pokirProposals).where(eq(pokirProposals.id, r.id));
    expect(p.bidangId).toBe(1);
    expect(p.opdId).not.toBeNull();
  });
});

describe("finalisation to outcome", () => {
  it("freezes, marks SIPD, records the outcome, and the DB keeps SIPD items", async () => {
    const r = await submit();
    await verifyProposal(staff, r.id);
    await adoptProposal(m1, r.id);
    await expect(finalizePeriod(staff, periodId)).rejects.toMatchObject({ status: 409 });
    await db
      .update(pokirPeriods)
      .set({ closesAt: new Date(Date.now() - 1000) })
      .where(eq(pokirPeriods.id, periodId));
    await expect(markSipdEntered(staff, periodId)).rejects.toMatchObject({ status: 409 });
    expect(await finalizePeriod(staff, periodId)).toBeGreaterThanOrEqual(1);
    await expect(endorseProposal(ketua.dapilId === m1.dapilId ? ketua : m1, r.id)).rejects.toMatchObject({
      status: 409,
    });
    expect(await markSipdEntered(staff, periodId)).toBeGreaterThanOrEqual(1);
    await recordOutcome(staff, r.id, { outcome: "diakomodir" });
    const t = await trackProposal(r.trackingCode);
    expect(t?.status).toBe("diakomodir");
    expect(t?.timeline.map((e) => e.to)).toEqual([
      "diajukan",
      "diverifikasi",
      "diadopsi",
      "difinalisasi",
      "diinput_sipd",
      "diakomodir",
    ]);
    await expect(db.delete(pokirProposals).where(eq(pokirProposals.id, r.id))).rejects.toThrow();
    const msgs = await db.select().from(outboxMessages).where(eq(outboxMessages.relatedId, r.id));
    expect(msgs.some((m) => m.subject?.includes("Diakomodir"))).toBe(true);
  });

  it("tidak_diakomodir needs a reason", async () => {
    await expect(
      recordOutcome(staff, "00000000-0000-4000-8000-000000000001", { outcome: "tidak_diakomodir" }),
    ).rejects.toMatchObject({ status: 422 });
  });
});
