import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { pokirPeriods } from "@/lib/db/schema";
import { currentPeriodForStaff } from "@/lib/pokir/periods";
import { listForStaff, staffListOptions } from "@/lib/pokir/read";
import { submitPublicProposal } from "@/lib/pokir/submit";
import { actorFor, DEMO } from "../helpers/actors";
import { kelurahanInDapil, openTestPeriod, photo, proposalInput } from "../helpers/pokir";

let staff: Actor;
let open: { id: number };
let future: { id: number };
let code = "";
beforeAll(async () => {
  staff = await actorFor(DEMO.staff);
  open = await openTestPeriod(db, 2031);
  const day = 86400_000;
  [future] = await db
    .insert(pokirPeriods)
    .values({
      planYear: 2032,
      name: "Pokir RKPD 2032",
      opensAt: new Date(Date.now() + 200 * day),
      closesAt: new Date(Date.now() + 230 * day),
      musrenbangOn: new Date(Date.now() + 260 * day).toISOString().slice(0, 10),
    })
    .returning();
  const r = await submitPublicProposal(
    null,
    proposalInput(await kelurahanInDapil(1), { title: "Penerangan jalan Gang Cempaka uji daftar" }),
    [await photo()],
  );
  code = r.trackingCode;
});

describe("pokir staff list", () => {
  it("opens on the open period, not on the newest future one", async () => {
    expect((await currentPeriodForStaff())?.id).toBe(open.id);
    const options = await staffListOptions(staff);
    expect(options.currentPeriodId).toBe(open.id);
    expect(options.periods[0].id).toBe(future.id); // the newest is listed first, but not chosen
    expect(options.members.length).toBeGreaterThan(40);
  });

  it("finds a proposal by its code from any period, and by its title", async () => {
    const byCode = await listForStaff(staff, { periodId: future.id, q: code.toLowerCase() });
    expect(byCode.items.map((i) => i.trackingCode)).toEqual([code]);
    const byTitle = await listForStaff(staff, { periodId: open.id, q: "Gang Cempaka" });
    expect(byTitle.items.map((i) => i.trackingCode)).toContain(code);
    const byPart = await listForStaff(staff, { periodId: open.id, q: code.slice(0, 8) });
    expect(byPart.items.map((i) => i.trackingCode)).toContain(code);
  });
});
