import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { incomingLetters, letterNumbers, outgoingLetters } from "@/lib/db/schema";
import { seedLetterDemo } from "@/lib/letters/seed";
import { listRetentionDue } from "@/lib/letters/retention-review";
import { actorFor, DEMO } from "../helpers/actors";

describe("letter demo data", () => {
  it("seeds registers a newcomer can explore, and is idempotent", async () => {
    await seedLetterDemo();
    const count = async () => (await db.select({ n: sql<number>`count(*)::int` }).from(incomingLetters))[0].n;
    const first = await count();
    await seedLetterDemo();
    expect(await count()).toBe(first);

    const statuses = (
      await db.select({ status: incomingLetters.status, nature: incomingLetters.nature }).from(incomingLetters)
    ).map((r) => `${r.status}/${r.nature}`);
    for (const s of [
      "ditindaklanjuti/segera",
      "selesai/biasa",
      "didisposisikan/rahasia",
      "diterima/biasa",
      "diarsipkan/biasa",
    ])
      expect(statuses).toContain(s);

    const out = await db
      .select({ status: outgoingLetters.status, number: outgoingLetters.number })
      .from(outgoingLetters);
    expect(out.filter((o) => o.status === "terbit")).toHaveLength(3);
    expect(
      out.filter((o) => o.status === "terbit").every((o) => /^000\.1\.5\/\d{4}\/DPRD\/\d{4}$/.test(o.number!)),
    ).toBe(true);
    expect(out.filter((o) => o.status === "draf")).toHaveLength(1);
    const reserved = await db
      .select({ status: letterNumbers.status })
      .from(letterNumbers)
      .where(sql`${letterNumbers.reservedFor} is not null`);
    expect(reserved.map((r) => r.status).sort()).toEqual(["dibatalkan", "dicadangkan"]);

    const due = await listRetentionDue(await actorFor(DEMO.staff), { jenis: "masuk", stage: "habis" });
    expect(due.items.length).toBe(2);
    expect(due.items.every((i) => i.date.startsWith("2018"))).toBe(true);
    const old = await db
      .select({ n: incomingLetters.agendaNumber })
      .from(incomingLetters)
      .where(eq(incomingLetters.agendaYear, 2018));
    expect(old.map((o) => o.n).sort()).toEqual(["0001/SM/2018", "0002/SM/2018"]);
  });
});
