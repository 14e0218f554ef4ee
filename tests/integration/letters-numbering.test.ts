import { and, asc, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { openPostgres } from "@/lib/db/open";
import { incomingLetters, letterCounters, letterNumbers, letterRegisters } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { todayWita } from "@/lib/letters/input-checks";
import { registerIncoming } from "@/lib/letters/incoming";
import { issueNumbers, resolveRegister } from "@/lib/letters/number-allocation";
import { actorFor, DEMO } from "../helpers/actors";
import { incomingInput } from "../helpers/letters";
import { testHandle } from "../setup/db";

let staff: Actor;
beforeAll(async () => {
  staff = await actorFor(DEMO.staff);
});

/** The ledger of the incoming register this year: every number once, from 1 up without holes. */
async function ledger(database: Db = db) {
  const reg = await resolveRegister("masuk", undefined, database);
  const year = Number(todayWita().slice(0, 4));
  const rows = await database
    .select({ seq: letterNumbers.seq })
    .from(letterNumbers)
    .where(and(eq(letterNumbers.registerId, reg.id), eq(letterNumbers.year, year)))
    .orderBy(asc(letterNumbers.seq));
  const [counter] = await database
    .select({ last: letterCounters.last })
    .from(letterCounters)
    .where(and(eq(letterCounters.registerId, reg.id), eq(letterCounters.year, year)));
  return { reg, year, seqs: rows.map((r) => r.seq), last: counter?.last ?? 0 };
}

function expectGapFree(seqs: number[], last: number) {
  expect(new Set(seqs).size).toBe(seqs.length);
  expect(seqs.length).toBe(last);
  if (seqs.length) expect(Math.max(...seqs) - Math.min(...seqs) + 1).toBe(seqs.length);
}

describe("gap-free agenda numbers", () => {
  it("50 concurrent registrations get 50 distinct, consecutive numbers", async () => {
    const h = testHandle();
    // postgres.js needs a pool larger than one for real concurrency; PGlite serialises by itself.
    const pool = h.kind === "postgres" ? openPostgres(h.url!, 20) : h;
    try {
      const before = await ledger(pool.db);
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          registerIncoming(staff, incomingInput({ senderNumber: `CONC/${i}` }), undefined, undefined, pool.db),
        ),
      );
      const after = await ledger(pool.db);
      const fresh = after.seqs.slice(before.seqs.length);
      expect(fresh).toEqual(Array.from({ length: 50 }, (_, i) => before.last + i + 1));
      expect(new Set(results.map((r) => r.agendaNumber)).size).toBe(50);
      expectGapFree(after.seqs, after.last);
      const letters = await pool.db
        .select({ seq: incomingLetters.agendaSeq })
        .from(incomingLetters)
        .where(sql`${incomingLetters.senderNumber} like 'CONC/%'`);
      expect(letters.map((l) => l.seq).sort((a, b) => a - b)).toEqual(fresh);
    } finally {
      if (pool !== h) await pool.close();
    }
  });

  it("a transaction that fails after taking a number gives it back", async () => {
    const before = await ledger();
    await expect(
      db.transaction(async (tx) => {
        await issueNumbers(before.reg, { date: `${before.year}-06-01`, status: "dipakai", createdBy: staff.id }, tx);
        throw new Error("gagal setelah nomor diambil");
      }),
    ).rejects.toThrow("gagal setelah nomor diambil");
    const r = await registerIncoming(staff, incomingInput());
    const after = await ledger();
    expect(after.seqs.at(-1)).toBe(before.last + 1);
    expect(r.agendaNumber).toContain(String(before.last + 1).padStart(4, "0"));
    expectGapFree(after.seqs, after.last);
  });

  it("a registration whose insert fails inside the service burns no number", async () => {
    // A database-level failure after the counter update, inside registerIncoming's own transaction.
    await db.execute(
      sql`create function test_refuse_letter() returns trigger language plpgsql as $$ begin raise exception 'uji: ditolak'; end $$`,
    );
    await db.execute(
      sql`create trigger test_refuse_letter before insert on incoming_letters for each row when (new.sender_number = 'GAGAL') execute function test_refuse_letter()`,
    );
    try {
      const before = await ledger();
      await expect(registerIncoming(staff, incomingInput({ senderNumber: "GAGAL" }))).rejects.toThrow();
      const mid = await ledger();
      expect(mid.last).toBe(before.last);
      await registerIncoming(staff, incomingInput({ senderNumber: "BERHASIL" }));
      const after = await ledger();
      expect(after.last).toBe(before.last + 1);
      expectGapFree(after.seqs, after.last);
    } finally {
      await db.execute(sql`drop trigger test_refuse_letter on incoming_letters`);
      await db.execute(sql`drop function test_refuse_letter()`);
    }
  });

  it("numbers follow the register's configured format, and a format change does not restart the count", async () => {
    const before = await ledger();
    await db
      .update(letterRegisters)
      .set({ numberFormat: "{nomor}/{unit}/{bulan_romawi}/{tahun}", numberWidth: 3, unitCode: "SM-DPRD" })
      .where(eq(letterRegisters.id, before.reg.id));
    const r = await registerIncoming(staff, incomingInput());
    expect(r.agendaNumber).toMatch(
      new RegExp(`^${String(before.last + 1).padStart(3, "0")}/SM-DPRD/[IVX]+/${before.year}$`),
    );
  });

  it("the database refuses to delete or renumber a ledger entry", async () => {
    const [row] = await db.select({ id: letterNumbers.id }).from(letterNumbers).limit(1);
    await expect(db.delete(letterNumbers).where(eq(letterNumbers.id, row.id))).rejects.toThrow();
    await expect(db.update(letterNumbers).set({ seq: 9999 }).where(eq(letterNumbers.id, row.id))).rejects.toThrow();
    await expect(db.delete(incomingLetters)).rejects.toThrow();
  });
});
