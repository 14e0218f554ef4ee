import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { meetings, minutes, minutesDocuments } from "@/lib/db/schema";
import { seedMinutesDemo } from "@/lib/minutes/seed";

describe("minutes demo seed", () => {
  it("creates the demo meetings with published and closed signed minutes, idempotently and fast the second time", async () => {
    await seedMinutesDemo();
    const rows = await db
      .select({ key: meetings.demoKey, status: minutes.status })
      .from(meetings)
      .innerJoin(minutes, eq(minutes.meetingId, meetings.id));
    expect(rows.length).toBeGreaterThanOrEqual(11);
    expect(rows.find((r) => r.key === "demo-paripurna-apbd-2027")?.status).toBe("terbit");
    expect(rows.find((r) => r.key === "demo-banggar-kua-ppas")?.status).toBe("ditandatangani");
    const docs = await db
      .select({ sha: minutesDocuments.sha256, published: minutesDocuments.publishedAt })
      .from(minutesDocuments);
    expect(docs).toHaveLength(2);
    const t0 = Date.now();
    await seedMinutesDemo();
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(await db.select({ id: meetings.id }).from(meetings)).toHaveLength(rows.length);
  });
});
