import fc from "fast-check";
import { and, eq, like } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { ASPIRATION_STATUSES } from "@/lib/aspirations/constants";
import { canSeeAspiration, aspirationVisibleWhere } from "@/lib/aspirations/policy";
import { submitAspiration } from "@/lib/aspirations/submit";
import { db } from "@/lib/db";
import { aspirations } from "@/lib/db/schema";
import { submission } from "../helpers/aspirations";
import "../setup/db";

type AspRow = typeof aspirations.$inferSelect;
let rows: AspRow[] = [];

// Every status × routing × dapil × komisi combination, inserted once; each run draws an actor.
beforeAll(async () => {
  const r = await submitAspiration(null, submission({ citywide: "on" }));
  const [base] = await db.select().from(aspirations).where(eq(aspirations.trackingCode, r.trackingCode));
  const values: AspRow[] = [];
  let n = 0;
  for (const status of ASPIRATION_STATUSES)
    for (const routedToDapil of [true, false])
      for (const dapilId of [null, 1, 2])
        for (const routedKomisiId of [null, 1, 2]) {
          n += 1;
          values.push({
            ...base,
            id: crypto.randomUUID(),
            trackingCode: `PT-${String(n).padStart(4, "0")}`,
            status,
            routedToDapil,
            dapilId,
            routedKomisiId,
          });
        }
  await db.insert(aspirations).values(values);
  rows = values;
});

describe("aspiration policy: predicate and SQL agree", () => {
  it("for every actor", async () => {
    const actor = fc.record({
      role: fc.constantFrom("member" as const, "staff" as const, "admin" as const),
      dapilId: fc.constantFrom(null, 1, 2, 3),
      komisiId: fc.constantFrom(null, 1, 2, 3),
    });
    await fc.assert(
      fc.asyncProperty(actor, async (a) => {
        const got = await db
          .select({ id: aspirations.id })
          .from(aspirations)
          .where(and(like(aspirations.trackingCode, "PT-%"), aspirationVisibleWhere(a)));
        const expected = rows
          .filter((r) => canSeeAspiration(a, r))
          .map((r) => r.id)
          .sort();
        expect(got.map((g) => g.id).sort()).toEqual(expected);
      }),
      { numRuns: 50 },
    );
  });
});
