import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { ATTACHMENT_ACCESS } from "@/lib/attachments/access";
import { listAttachments } from "@/lib/attachments/service";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { aspirations, pokirProposals } from "@/lib/db/schema";
import { POKIR_PHOTO_OWNER, RESES_PHOTO_OWNER } from "@/lib/pokir/constants";
import { attachToReses } from "@/lib/pokir/member";
import { memberPokirList, setMemberPagu } from "@/lib/pokir/member-list";
import { createReses, getReses } from "@/lib/pokir/reses";
import { verifyProposal } from "@/lib/pokir/staff";
import { createMemberProposal, createPokirFromAspiration } from "@/lib/pokir/submit";
import { actorFor, DEMO } from "../helpers/actors";
import { kelurahanInDapil, openTestPeriod, photo, proposalInput } from "../helpers/pokir";

let staff: Actor, m1: Actor, m2: Actor;
let kel1: number, kel2: number, periodId: number;

beforeAll(async () => {
  [staff, m1, m2] = await Promise.all([actorFor(DEMO.staff), actorFor(DEMO.memberDapil1), actorFor(DEMO.memberDapil2)]);
  kel1 = await kelurahanInDapil(1);
  kel2 = await kelurahanInDapil(2);
  periodId = (await openTestPeriod()).id;
});

describe("reses and member entries", () => {
  it("records a reses in the member's dapil only, and its pokir are adopted by the member at verification", async () => {
    await expect(
      createReses(m1, { heldOn: "2026-11-01", place: "Balai RT", kelurahanId: kel2, attendees: "20" }),
    ).rejects.toMatchObject({ fieldErrors: { kelurahanId: ["Kelurahan ini di luar dapil Anda."] } });
    const r = await createReses(
      m1,
      { heldOn: "2026-11-01", place: "Balai RT 05", kelurahanId: kel1, attendees: "40" },
      [await photo()],
    );
    await expect(getReses(m2, r.id)).rejects.toMatchObject({ status: 404 });
    const p = await createMemberProposal(m1, proposalInput(kel1), [await photo()], { resesId: r.id });
    const [row] = await db.select().from(pokirProposals).where(eq(pokirProposals.id, p.id));
    expect(row.source).toBe("reses");
    expect(row.resesId).toBe(r.id);
    await verifyProposal(staff, p.id);
    const [after] = await db.select().from(pokirProposals).where(eq(pokirProposals.id, p.id));
    expect(after.status).toBe("diadopsi");
    expect(after.adoptedBy).toBe(m1.id);
    expect((await getReses(m1, r.id)).pokir).toHaveLength(1);
    await expect(createMemberProposal(m1, proposalInput(kel2), [await photo()])).rejects.toMatchObject({ status: 422 });
    await expect(
      createMemberProposal(m1, proposalInput(kel1), [await photo()], { resesId: randomUUID() }),
    ).rejects.toMatchObject({ status: 404 });
    // photos: the member and staff may download, another member not
    const [resesPhoto] = await listAttachments({ type: RESES_PHOTO_OWNER, id: r.id });
    expect(resesPhoto).toBeDefined();
    expect(await ATTACHMENT_ACCESS[RESES_PHOTO_OWNER](m1, r.id)).toBe(true);
    expect(await ATTACHMENT_ACCESS[RESES_PHOTO_OWNER](m2, r.id)).toBe(false);
    expect(await ATTACHMENT_ACCESS[POKIR_PHOTO_OWNER](m1, p.id)).toBe(true);
    expect(await ATTACHMENT_ACCESS[POKIR_PHOTO_OWNER](m2, p.id)).toBe(false);
    expect(await ATTACHMENT_ACCESS[POKIR_PHOTO_OWNER](null, p.id)).toBe(false);
    expect(await ATTACHMENT_ACCESS[POKIR_PHOTO_OWNER](staff, p.id)).toBe(true);
    // attach another adopted pokir to the reses
    const r2 = await createReses(m1, { heldOn: "2026-11-02", place: "Masjid", kelurahanId: kel1, attendees: "10" });
    await attachToReses(m1, p.id, { resesId: r2.id });
    await expect(attachToReses(m1, p.id, { resesId: "x" })).rejects.toMatchObject({ status: 422 });
  });

  it("turns a visible aspiration into a pokir linked to it; an invisible one is 404", async () => {
    const visible = randomUUID();
    const hidden = randomUUID();
    await db.insert(aspirations).values([
      {
        id: visible,
        trackingCode: "ASP-TTTT-AAAA",
        title: "Jalan rusak",
        body: "Jalan rusak parah",
        categoryId: 1,
        status: "diverifikasi",
        dapilId: m1.dapilId,
        routedToDapil: true,
        reporterName: "Ani",
      },
      {
        id: hidden,
        trackingCode: "ASP-TTTT-BBBB",
        title: "Jalan rusak",
        body: "Jalan rusak parah",
        categoryId: 1,
        status: "diterima",
        dapilId: m1.dapilId,
        routedToDapil: true,
      },
    ]);
    const r = await createPokirFromAspiration(m1, visible, proposalInput(kel1), [await photo()]);
    const [row] = await db.select().from(pokirProposals).where(eq(pokirProposals.id, r.id));
    expect(row.aspirationId).toBe(visible);
    expect(row.source).toBe("aspirasi");
    expect(row.proposerName).toBe("Budi Santoso");
    await expect(createPokirFromAspiration(m1, hidden, proposalInput(kel1), [await photo()])).rejects.toMatchObject({
      status: 404,
    });
    await expect(createPokirFromAspiration(m2, visible, proposalInput(kel2), [await photo()])).rejects.toMatchObject({
      status: 404,
    });
  });

  it("lists the member's pokir with total against pagu", async () => {
    await setMemberPagu(staff, periodId, { memberId: m1.id, amount: "100.000.000" });
    const list = await memberPokirList(m1, periodId);
    expect(list.pagu).toBe(100_000_000);
    expect(list.items.length).toBeGreaterThanOrEqual(1);
    expect(list.total).toBe(list.items.reduce((s, i) => s + (i.estimatedCost ?? 0), 0));
    await expect(setMemberPagu(staff, periodId, { memberId: staff.id, amount: "1" })).rejects.toMatchObject({
      status: 422,
    });
    await expect(setMemberPagu(m1, periodId, { memberId: m1.id, amount: "1" })).rejects.toMatchObject({ status: 403 });
  });
});
