import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { publicStats } from "@/lib/aspirations/stats";
import { seedAspirationDemo } from "@/lib/aspirations/seed";
import { db } from "@/lib/db";
import { aspirations } from "@/lib/db/schema";

describe("SIAP demo data and statistics", () => {
  it("seeds every status in all 6 dapil, rated ones included, idempotently", async () => {
    await seedAspirationDemo();
    await seedAspirationDemo();
    const rows = await db
      .select({ status: aspirations.status, dapilId: aspirations.dapilId, rating: aspirations.rating })
      .from(aspirations);
    expect(rows.length).toBe(36);
    expect(new Set(rows.map((r) => r.status))).toEqual(
      new Set(["diterima", "diverifikasi", "ditindaklanjuti", "selesai", "ditolak", "dialihkan", "digabung"]),
    );
    expect(new Set(rows.map((r) => r.dapilId)).size).toBe(6);
    expect(rows.some((r) => r.rating)).toBe(true);
    const [{ n }] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(aspirations)
      .where(
        sql`${aspirations.isAnonymous} and (${aspirations.reporterName} is not null or ${aspirations.reporterPhone} is not null)`,
      );
    expect(n).toBe(0);
  });

  it("computes public statistics", async () => {
    const s = await publicStats();
    expect(s.total).toBeGreaterThan(20);
    expect(s.byDapil).toHaveLength(6);
    expect(s.byDapil.every((d) => d.total > 0)).toBe(true);
    expect(s.verifiedWithinSla.share).toBeGreaterThan(0);
    expect(s.verifiedWithinSla.counted).toBeGreaterThanOrEqual(s.verifiedWithinSla.met);
    expect(s.byDapil.some((d) => d.medianVerifyDays !== null)).toBe(true);
  });
});
