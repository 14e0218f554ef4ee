import fc from "fast-check";
import { and, eq, like } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { pokirProposals } from "@/lib/db/schema";
import { POKIR_STATUSES } from "@/lib/pokir/constants";
import { canSeePokir, pokirVisibleWhere } from "@/lib/pokir/policy";
import { submitPublicProposal } from "@/lib/pokir/submit";
import { kelurahanInDapil, openTestPeriod, photo, proposalInput } from "../helpers/pokir";
import "../setup/db";

type Row = typeof pokirProposals.$inferSelect;
let rows: Row[] = [];

// Every status × dapil (none, 1, 2) once; each run draws an actor.
beforeAll(async () => {
  await openTestPeriod();
  const r = await submitPublicProposal(null, proposalInput(await kelurahanInDapil(1)), [await photo()]);
  const [base] = await db.select().from(pokirProposals).where(eq(pokirProposals.id, r.id));
  let n = 0;
  rows = POKIR_STATUSES.flatMap((status) =>
    [null, 1, 2].map((dapilId) => ({
      ...base,
      id: crypto.randomUUID(),
      trackingCode: `PT-${String(++n).padStart(4, "0")}`,
      status,
      dapilId,
    })),
  );
  await db.insert(pokirProposals).values(rows);
});

describe("pokir policy: predicate and SQL agree", () => {
  it("for every actor", async () => {
    const actor = fc.record({
      role: fc.constantFrom("member" as const, "staff" as const, "admin" as const),
      dapilId: fc.constantFrom(null, 1, 2, 3),
    });
    await fc.assert(
      fc.asyncProperty(actor, async (a) => {
        const got = await db
          .select({ id: pokirProposals.id })
          .from(pokirProposals)
          .where(and(like(pokirProposals.trackingCode, "PT-%"), pokirVisibleWhere(a)));
        expect(got.map((g) => g.id).sort()).toEqual(
          rows
            .filter((r) => canSeePokir(a, r))
            .map((r) => r.id)
            .sort(),
        );
      }),
      { numRuns: 50 },
    );
  });
});
