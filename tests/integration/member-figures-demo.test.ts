import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { meetings } from "@/lib/db/schema";
import { allMemberFigures } from "@/lib/members/figures";
import { seedAspirationDemo } from "@/lib/aspirations/seed";
import { seedMemberFiguresDemo } from "@/lib/members/seed";
import { seedMinutesDemo } from "@/lib/minutes/seed";
import { seedPokirDemo } from "@/lib/pokir/seed";

describe("member figures on the demo data", () => {
  it("gives the named members varied, non-empty figures, and the seeder is idempotent", async () => {
    // The test template holds only reference data and accounts: run the demo seeders this one builds on.
    await seedMinutesDemo();
    await seedAspirationDemo();
    await seedPokirDemo();
    await seedMemberFiguresDemo();
    const count = async () => (await db.select({ n: sql<number>`count(*)::int` }).from(meetings))[0].n;
    const n = await count();
    await seedMemberFiguresDemo();
    expect(await count()).toBe(n);
    const all = await allMemberFigures();
    expect(all).toHaveLength(45);
    const withAll = all.filter(
      (f) =>
        f.attendance.all.year.total > 0 &&
        f.aspirations.answered > 0 &&
        f.pokir.some((p) => p.takenUp > 0) &&
        f.reses.total > 0,
    );
    expect(withAll.length).toBeGreaterThanOrEqual(5);
    expect(new Set(all.map((f) => f.attendance.all.year.present)).size).toBeGreaterThan(3);
  }, 300_000);
});
