import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { pokirProposals } from "@/lib/db/schema";
import { listInbox } from "@/lib/inbox/service";
import { savePeriod } from "@/lib/pokir/periods";
import { listForStaff, trackProposal } from "@/lib/pokir/read";
import { createReses } from "@/lib/pokir/reses";
import { publicProposalSchema } from "@/lib/pokir/schema";
import { returnProposal } from "@/lib/pokir/staff";
import { submitPublicProposal } from "@/lib/pokir/submit";
import { actorFor, DEMO } from "../helpers/actors";
import { accepted, badInputCorpus, corpusThroughService, expectFullCoverage, stripControl } from "../helpers/bad-input";
import { kelurahanInDapil, openTestPeriod, photo, proposalInput } from "../helpers/pokir";

/**
 * The bad-input corpus (the whole Big List of Naughty Strings plus the wfuzz XSS/SQL lists) over every
 * field of the pokir forms: stored as typed or refused with a 4xx and an Indonesian message — never a 500.
 */
const corpus = badInputCorpus(5000);
const FIELDS = [
  "title",
  "masalah",
  "usulan",
  "kelurahanId",
  "rt",
  "rw",
  "address",
  "latitude",
  "longitude",
  "bidangId",
  "volume",
  "unit",
  "estimatedCost",
  "priority",
  "proposerName",
  "proposerGroup",
  "proposerPhone",
  "proposerEmail",
  "consent",
];

let staff: Actor, admin: Actor, m1: Actor;
let kel1: number;
beforeAll(async () => {
  [staff, admin, m1] = await Promise.all([actorFor(DEMO.staff), actorFor(DEMO.admin), actorFor(DEMO.memberDapil1)]);
  kel1 = await kelurahanInDapil(1);
  await openTestPeriod();
});

describe("pokir bad-input corpus", () => {
  it("the proposal schema answers every corpus string in every field with data or field errors", () => {
    for (const field of FIELDS) {
      for (const v of corpus) {
        const r = publicProposalSchema.safeParse({ ...proposalInput(kel1), [field]: v });
        if (!r.success) expect(r.error.issues.every((i) => i.message.length > 5)).toBe(true);
      }
    }
  });

  it("submission through the database stores every value as typed or refuses it with 4xx, in every field", async () => {
    const img = await photo();
    const TEXT = ["title", "masalah", "usulan", "address", "unit"];
    let checked = 0;
    const run = await corpusThroughService({
      fields: FIELDS,
      corpus,
      base: () => proposalInput(kel1),
      schemaAccepts: (input) => publicProposalSchema.safeParse(input).success,
      call: (input) => submitPublicProposal(null, input, [img]),
      onStored: async (_input, result, fields, v) => {
        const text = fields.filter((f) => TEXT.includes(f));
        if (!text.length || !stripControl(v)) return;
        const [row] = await db
          .select()
          .from(pokirProposals)
          .where(eq(pokirProposals.id, (result as { id: string }).id));
        for (const f of text) expect(row[f as "title"], `${f}=${JSON.stringify(v).slice(0, 40)}`).toBe(stripControl(v));
        checked++;
      },
    });
    expectFullCoverage(run, FIELDS, corpus);
    expect(checked).toBeGreaterThan(200);
  }, 600_000);

  it("other inputs: search, tracking, reses, return reason, periods", async () => {
    for (const v of corpus) {
      await accepted(
        () => listInbox(m1, { q: v, status: v, kelurahan: v, setelah: v, dari: v }),
        `inbox ${v.slice(0, 20)}`,
      );
      await accepted(() => listForStaff(staff, { q: v, status: v }), `staff ${v.slice(0, 20)}`);
      expect(await trackProposal(v)).toBeNull();
      await accepted(
        () => createReses(m1, { heldOn: "2026-11-01", place: v, kelurahanId: kel1, attendees: "10", notes: v }),
        `reses ${v.slice(0, 20)}`,
      );
      await accepted(() => returnProposal(staff, v, { reason: v }), `return ${v.slice(0, 20)}`);
      await accepted(
        () => savePeriod(admin, undefined, { planYear: v, name: v, opensOn: v, closesOn: v, musrenbangOn: v }),
        `period ${v.slice(0, 20)}`,
      );
    }
  }, 600_000);

  it("gives clear Indonesian errors for the pokir rules", async () => {
    await expect(
      submitPublicProposal(null, proposalInput(kel1, { volume: "-1", estimatedCost: "-5" }), [await photo()]),
    ).rejects.toMatchObject({
      fieldErrors: {
        volume: ["Volume tidak boleh negatif."],
        estimatedCost: ["Perkiraan anggaran tidak boleh negatif."],
      },
    });
    await expect(
      submitPublicProposal(null, proposalInput(kel1, { volume: "0" }), [await photo()]),
    ).rejects.toMatchObject({ fieldErrors: { volume: ["Volume harus lebih dari nol."] } });
    await expect(
      submitPublicProposal(null, proposalInput(kel1), [{ name: "x.png", data: Buffer.from("<svg onload=alert(1)>") }]),
    ).rejects.toMatchObject({ status: 415 });
  });
});
