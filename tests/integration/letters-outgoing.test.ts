import { and, asc, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { openPostgres } from "@/lib/db/open";
import { auditLog, letterNumbers, letterRegisters, letterRevisions, outgoingLetters } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import {
  createClassification,
  createRegister,
  classificationOptions,
  updateClassification,
  updateRegister,
} from "@/lib/letters/admin/service";
import { todayWita } from "@/lib/letters/input-checks";
import { registerIncoming } from "@/lib/letters/incoming";
import { cancelOutgoing, createOutgoingDraft, issueOutgoing, updateOutgoing } from "@/lib/letters/outgoing";
import { getOutgoing } from "@/lib/letters/outgoing-read";
import { cancelReservation, listReservations, recordReservedLetter, reserveNumbers } from "@/lib/letters/reservations";
import { actorFor, DEMO } from "../helpers/actors";
import { incomingInput, outgoingInput } from "../helpers/letters";
import { testHandle } from "../setup/db";

let staff: Actor, staff2: Actor, admin: Actor;
const year = Number(todayWita().slice(0, 4));
beforeAll(async () => {
  [staff, staff2, admin] = await Promise.all([actorFor(DEMO.staff), actorFor(DEMO.staff2), actorFor(DEMO.admin)]);
});

async function outgoingLedger(database: Db = db) {
  const [reg] = await database.select().from(letterRegisters).where(eq(letterRegisters.code, "keluar"));
  const rows = await database
    .select({ seq: letterNumbers.seq, status: letterNumbers.status, number: letterNumbers.number })
    .from(letterNumbers)
    .where(and(eq(letterNumbers.registerId, reg.id), eq(letterNumbers.year, year)))
    .orderBy(asc(letterNumbers.seq));
  return rows;
}
const seqsOf = (rows: { seq: number }[]) => rows.map((r) => r.seq);
const consecutive = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe("outgoing letters", () => {
  it("get their number when approved, in the default format, and never reuse it after cancellation", async () => {
    const { id } = await createOutgoingDraft(staff, outgoingInput());
    expect((await getOutgoing(staff, id)).letter.number).toBeNull();
    const { number } = await issueOutgoing(admin, id);
    expect(number).toMatch(new RegExp(`^000\\.1\\.5/\\d{4}/DPRD/${year}$`));
    await expect(issueOutgoing(admin, id)).rejects.toMatchObject({ code: "conflict" });
    await cancelOutgoing(admin, id, { reason: "Salah alamat tujuan" });
    const second = await createOutgoingDraft(staff, outgoingInput({ subject: "Surat kedua" }));
    const n2 = await issueOutgoing(admin, second.id);
    expect(n2.number).not.toBe(number);
    const ledger = await outgoingLedger();
    expect(seqsOf(ledger)).toEqual(consecutive(ledger.length));
    expect(ledger.find((r) => r.number === number)!.status).toBe("dipakai");
    const audit = await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, id));
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(["letter.outgoing.draft", "letter.outgoing.issue", "letter.outgoing.cancel"]),
    );
  });

  it("reservations: a contiguous block, cancelled with a reason and kept, used for a paper letter, never reused", async () => {
    const { numbers } = await reserveNumbers(staff, {
      count: 3,
      reservedFor: "Surat undangan ditandatangani manual",
      classificationCode: "000.1.5",
    });
    expect(numbers).toHaveLength(3);
    const seqs = numbers.map((n) => Number(n.split("/")[1]));
    expect(seqs).toEqual([seqs[0], seqs[0] + 1, seqs[0] + 2]);
    const open = (await listReservations(staff, { status: "dicadangkan" })).items;
    const [a, b] = open.filter((r) => numbers.includes(r.number)).sort((x, y) => x.seq - y.seq);
    await expect(cancelReservation(staff, a.id, { reason: "x" })).rejects.toMatchObject({
      fieldErrors: { reason: [expect.stringMatching(/minimal 5/)] },
    });
    await cancelReservation(staff, a.id, { reason: "Rapat ditunda; nomor tidak terpakai" });
    await expect(cancelReservation(staff, a.id, { reason: "Dua kali dibatalkan" })).rejects.toMatchObject({
      code: "conflict",
    });
    await expect(
      recordReservedLetter(staff, a.id, { ...outgoingInput(), letterDate: todayWita() }),
    ).rejects.toMatchObject({ code: "conflict" });
    const cancelled = (await listReservations(staff, { status: "dibatalkan" })).items.find((r) => r.id === a.id)!;
    expect(cancelled.cancelReason).toBe("Rapat ditunda; nomor tidak terpakai");
    expect(cancelled.cancelledByName).toBe(staff.name);

    const used = await recordReservedLetter(staff, b.id, {
      ...outgoingInput({ subject: "Undangan paripurna (manual)" }),
      letterDate: todayWita(),
    });
    expect(used.number).toBe(b.number);
    const letter = await getOutgoing(staff, used.letterId);
    expect(letter.letter.status).toBe("terbit");
    await expect(
      recordReservedLetter(staff, b.id, { ...outgoingInput(), letterDate: todayWita() }),
    ).rejects.toMatchObject({ code: "conflict" });
    await expect(
      recordReservedLetter(staff, b.id, { ...outgoingInput(), letterDate: "2001-01-01" }),
    ).rejects.toMatchObject({ status: expect.any(Number) });

    const next = await createOutgoingDraft(staff, outgoingInput());
    const { number } = await issueOutgoing(admin, next.id);
    expect(Number(number.split("/")[1])).toBe(seqs[2] + 1);
    const ledger = await outgoingLedger();
    expect(seqsOf(ledger)).toEqual(consecutive(ledger.length));
  });

  it("stays gap-free when approvals and reservations run concurrently", async () => {
    const h = testHandle();
    const pool = h.kind === "postgres" ? openPostgres(h.url!, 12) : h;
    try {
      const drafts = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          createOutgoingDraft(staff, outgoingInput({ subject: `Serentak ${i}` }), undefined, pool.db),
        ),
      );
      await Promise.all([
        ...drafts.map((d) => issueOutgoing(admin, d.id, undefined, pool.db)),
        ...Array.from({ length: 5 }, () =>
          reserveNumbers(
            staff2,
            { count: 2, reservedFor: "Cadangan serentak", classificationCode: "000.1.5" },
            pool.db,
          ),
        ),
      ]);
      const ledger = await outgoingLedger(pool.db);
      expect(seqsOf(ledger)).toEqual(consecutive(ledger.length));
      expect(new Set(ledger.map((r) => r.number)).size).toBe(ledger.length);
    } finally {
      if (pool !== h) await pool.close();
    }
  });

  it("corrections keep history; an issued letter's classification cannot change", async () => {
    const { id } = await createOutgoingDraft(staff, outgoingInput());
    await updateOutgoing(
      staff,
      id,
      outgoingInput({ classificationCode: "000.1.2", subject: "Perihal diperbaiki di draf" }),
    );
    await issueOutgoing(admin, id);
    await expect(updateOutgoing(staff, id, outgoingInput({ subject: "Tanpa alasan" }))).rejects.toMatchObject({
      fieldErrors: { reason: expect.any(Array) },
    });
    await updateOutgoing(staff, id, {
      ...outgoingInput({ subject: "Perihal dikoreksi setelah terbit", classificationCode: "400.14.6" }),
      reason: "Salah ketik perihal",
    });
    const d = await getOutgoing(staff, id);
    expect(d.letter.subject).toBe("Perihal dikoreksi setelah terbit");
    expect(d.letter.classificationCode).toBe("000.1.2");
    expect(d.letter.number!.startsWith("000.1.2/")).toBe(true);
    const revs = await db
      .select()
      .from(letterRevisions)
      .where(and(eq(letterRevisions.direction, "keluar"), eq(letterRevisions.letterId, id)))
      .orderBy(asc(letterRevisions.version));
    expect(revs.map((r) => r.reason)).toEqual(["Perubahan draf", "Salah ketik perihal"]);
    expect(revs[1].changes.subject).toEqual({
      from: "Perihal diperbaiki di draf",
      to: "Perihal dikoreksi setelah terbit",
    });
    await expect(
      updateOutgoing(staff, id, {
        ...outgoingInput({ subject: "Perihal dikoreksi setelah terbit", classificationCode: "000.1.2" }),
        reason: "Tidak ada yang berubah",
      }),
    ).rejects.toMatchObject({ status: 422 });
  });

  it("a reply must point to an incoming letter the drafter may see", async () => {
    const secret = await registerIncoming(staff, incomingInput({ nature: "rahasia" }));
    await expect(
      createOutgoingDraft(staff2, outgoingInput({ replyToAgenda: secret.agendaNumber })),
    ).rejects.toMatchObject({ fieldErrors: { replyToAgenda: [expect.stringMatching(/tidak ditemukan/)] } });
    const ok = await createOutgoingDraft(staff, outgoingInput({ replyToAgenda: secret.agendaNumber }));
    expect((await getOutgoing(staff, ok.id)).replyTo?.agendaNumber).toBe(secret.agendaNumber);
  });

  it("rahasia outgoing letters are 404 for other staff", async () => {
    const { id } = await createOutgoingDraft(staff, outgoingInput({ nature: "rahasia" }));
    await expect(getOutgoing(staff2, id)).rejects.toMatchObject({ status: 404 });
    await expect(issueOutgoing(staff2, id)).rejects.toMatchObject({ status: 404 });
    expect((await getOutgoing(staff, id)).letter.id).toBe(id);
  });
});

describe("number format and classification settings (admin)", () => {
  it("validates the format and applies it to the next number without restarting the count", async () => {
    const [reg] = await db.select().from(letterRegisters).where(eq(letterRegisters.code, "keluar"));
    const bad = await updateRegister(admin, reg.id, {
      name: reg.name,
      numberFormat: "{klasifikasi}/{tanggal}",
      numberWidth: "12",
      unitCode: "DP RD",
      isActive: "on",
    }).catch((e) => e);
    expect(Object.keys(bad.fieldErrors).sort()).toEqual(["numberFormat", "numberWidth", "unitCode"]);
    await expect(updateRegister(staff, reg.id, {})).rejects.toMatchObject({ status: 403 });
    const before = await outgoingLedger();
    await updateRegister(admin, reg.id, {
      name: reg.name,
      numberFormat: "B-{nomor}/{unit}/{bulan_romawi}/{tahun}",
      numberWidth: "3",
      unitCode: "SET.DPRD",
      isActive: "on",
    });
    const { id } = await createOutgoingDraft(staff, outgoingInput());
    const { number } = await issueOutgoing(admin, id);
    expect(number).toMatch(new RegExp(`^B-${String(before.length + 1).padStart(3, "0")}/SET\\.DPRD/[IVX]+/${year}$`));
    await updateRegister(admin, reg.id, {
      name: reg.name,
      numberFormat: reg.numberFormat,
      numberWidth: String(reg.numberWidth),
      unitCode: reg.unitCode,
      isActive: "on",
    });
    await createRegister(admin, {
      code: "keluar-pimpinan",
      direction: "keluar",
      name: "Surat Keluar Pimpinan",
      numberFormat: "{klasifikasi}/{nomor}/PIMP/{tahun}",
      numberWidth: "4",
      unitCode: "PIMP",
      isActive: "on",
    });
    await expect(
      createRegister(admin, {
        code: "keluar-pimpinan",
        direction: "keluar",
        name: "Lagi",
        numberFormat: "{nomor}",
        numberWidth: "4",
        unitCode: "X",
        isActive: "on",
      }),
    ).rejects.toMatchObject({ fieldErrors: { code: expect.any(Array) } });
  });

  it("adds and corrects classification codes with retention years", async () => {
    await expect(createClassification(admin, { code: "000.1.5.x", title: "Salah" })).rejects.toMatchObject({
      fieldErrors: { code: [expect.stringMatching(/tidak valid/)] },
    });
    await expect(createClassification(admin, { code: "000.9.9.9", title: "Tanpa induk" })).rejects.toMatchObject({
      fieldErrors: { code: [expect.stringMatching(/induk/)] },
    });
    await expect(createClassification(admin, { code: "000.1.5", title: "Duplikat" })).rejects.toMatchObject({
      fieldErrors: { code: [expect.stringMatching(/sudah ada/)] },
    });
    await createClassification(admin, {
      code: "000.1.5.1",
      title: "Rapat Pimpinan DPRD",
      retentionActiveYears: "2",
      retentionInactiveYears: "5",
      isActive: "on",
    });
    await updateClassification(admin, "000.1.5.1", {
      title: "Rapat Pimpinan DPRD (koreksi)",
      retentionActiveYears: "3",
      retentionInactiveYears: "",
      isActive: "",
    });
    const opts = await classificationOptions(staff);
    expect(opts.find((o) => o.code === "000.1.5.1")).toBeUndefined();
    await expect(
      updateClassification(admin, "000.1.5.1", { title: "ab", retentionActiveYears: "-1" }),
    ).rejects.toMatchObject({ fieldErrors: { title: expect.any(Array), retentionActiveYears: expect.any(Array) } });
    await expect(createClassification(staff, { code: "000.1.5.2", title: "Staf tidak boleh" })).rejects.toMatchObject({
      status: 403,
    });
    const audit = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditLog)
      .where(and(eq(auditLog.entityId, "000.1.5.1")));
    expect(audit[0].n).toBe(2);
  });

  it("letters count per register: a new register starts at 1", async () => {
    const [reg] = await db.select().from(letterRegisters).where(eq(letterRegisters.code, "keluar-pimpinan"));
    const { id } = await createOutgoingDraft(staff, outgoingInput({ registerId: String(reg.id) }));
    expect((await issueOutgoing(admin, id)).number).toBe(`000.1.5/0001/PIMP/${year}`);
    const [row] = await db
      .select({ n: outgoingLetters.numberSeq })
      .from(outgoingLetters)
      .where(eq(outgoingLetters.id, id));
    expect(row.n).toBe(1);
  });
});
