import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { clearReferenceCache } from "@/lib/aspirations/lookups";
import { submitAspiration } from "@/lib/aspirations/submit";
import { db } from "@/lib/db";
import { aspirations, dapil, dapilKecamatan, electionPeriods, kelurahan, pokirProposals } from "@/lib/db/schema";
import { submitPublicProposal } from "@/lib/pokir/submit";
import { submission } from "../helpers/aspirations";
import { kelurahanInDapil, openTestPeriod, photo, proposalInput } from "../helpers/pokir";
import "../setup/db";

const day = 86400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
let kel: number;
let kec: number;
let seq = 0;

/** An election period that maps the test kecamatan to a dapil of its own; returns that dapil's id. */
async function periodWithDapil(startsOn: string, endsOn: string, isActive: boolean): Promise<number> {
  seq += 1;
  const [p] = await db
    .insert(electionPeriods)
    .values({ name: `Periode uji ${seq}`, startsOn, endsOn, isActive })
    .returning();
  const [d] = await db
    .insert(dapil)
    .values({ periodId: p.id, number: 1, name: `Dapil uji ${seq}`, seats: 5 })
    .returning();
  await db.insert(dapilKecamatan).values({ dapilId: d.id, kecamatanId: kec });
  return d.id;
}

/** Submit an aspiration and a pokir from the same kelurahan; return the dapil each was given. */
async function dapilsOfBoth(): Promise<{ aspiration: number | null; pokir: number | null }> {
  clearReferenceCache();
  seq += 1;
  const a = await submitAspiration(null, submission({ kelurahan: String(kel), email: `warga${seq}@contoh.id` }));
  const p = await submitPublicProposal(null, proposalInput(kel, { proposerEmail: `warga${seq}@example.test` }), [
    await photo(),
  ]);
  const [ar] = await db
    .select({ dapilId: aspirations.dapilId })
    .from(aspirations)
    .where(eq(aspirations.trackingCode, a.trackingCode));
  const [pr] = await db
    .select({ dapilId: pokirProposals.dapilId })
    .from(pokirProposals)
    .where(eq(pokirProposals.id, p.id));
  return { aspiration: ar.dapilId, pokir: pr.dapilId };
}

beforeAll(async () => {
  kel = await kelurahanInDapil(1);
  [{ kec }] = await db.select({ kec: kelurahan.kecamatanId }).from(kelurahan).where(eq(kelurahan.id, kel));
  await openTestPeriod();
});

// One rule (lib/areas/dapil.ts): active periods first, then those covering today, then those started
// by today, then the latest start. Aspirations and pokir must follow it the same way.
describe("kelurahan → dapil (lib/areas)", () => {
  it("overlapping active periods: the one covering today that started last, for aspirations and pokir alike", async () => {
    const now = Date.now();
    const newer = await periodWithDapil(iso(now - 30 * day), iso(now + 5 * 365 * day), true);
    expect(await dapilsOfBoth()).toEqual({ aspiration: newer, pokir: newer });
  });

  it("no active period: the period covering today that started last, for aspirations and pokir alike", async () => {
    const now = Date.now();
    await db.update(electionPeriods).set({ isActive: false });
    const covering = await periodWithDapil(iso(now - 10 * day), iso(now + 365 * day), false);
    await periodWithDapil(iso(now + 100 * day), iso(now + 2000 * day), false); // not started yet
    expect(await dapilsOfBoth()).toEqual({ aspiration: covering, pokir: covering });
  });

  it("no period covers today: the most recent one that started before today", async () => {
    const now = Date.now();
    await db
      .update(electionPeriods)
      .set({ endsOn: iso(now - 2 * day) })
      .where(sql`${electionPeriods.startsOn} <= current_date`);
    const latestPast = await periodWithDapil(iso(now - 5 * day), iso(now - day), false);
    expect(await dapilsOfBoth()).toEqual({ aspiration: latestPast, pokir: latestPast });
  });
});
