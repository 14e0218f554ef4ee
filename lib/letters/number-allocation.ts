import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { letterCounters, letterNumbers, letterRegisters } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { errors } from "@/lib/errors";
import { formatLetterNumber, formatUsesClassification } from "./number-format";

export type Register = typeof letterRegisters.$inferSelect;

/**
 * Take the next `count` running numbers of a register-year. Must run inside the transaction that
 * uses them: the upsert locks the counter row until commit (concurrent callers queue behind it) and
 * a rollback undoes the increment, so no number is ever skipped or handed out twice.
 */
export async function allocateSeqs(registerId: number, year: number, count = 1, tx: Db = db): Promise<number[]> {
  const [row] = await tx
    .insert(letterCounters)
    .values({ registerId, year, last: count })
    .onConflictDoUpdate({
      target: [letterCounters.registerId, letterCounters.year],
      set: { last: sql`${letterCounters.last} + ${count}` },
    })
    .returning({ last: letterCounters.last });
  return Array.from({ length: count }, (_, i) => row.last - count + 1 + i);
}

/** The register to use: the given one (active, right direction) or the default of that direction. */
export async function resolveRegister(
  direction: "masuk" | "keluar",
  registerId?: number,
  tx: Db = db,
): Promise<Register> {
  const where = registerId
    ? and(
        eq(letterRegisters.id, registerId),
        eq(letterRegisters.direction, direction),
        eq(letterRegisters.isActive, true),
      )
    : and(eq(letterRegisters.direction, direction), eq(letterRegisters.isActive, true));
  const [reg] = await tx.select().from(letterRegisters).where(where).orderBy(asc(letterRegisters.id)).limit(1);
  if (!reg) {
    throw registerId
      ? errors.validation({ registerId: ["Register tidak ditemukan atau tidak aktif."] })
      : errors.conflict("Belum ada register aktif untuk jenis surat ini. Hubungi administrator.");
  }
  return reg;
}

/** Active registers of a direction, for the forms. */
export async function activeRegisters(direction: "masuk" | "keluar", tx: Db = db) {
  return tx
    .select({ id: letterRegisters.id, name: letterRegisters.name, numberFormat: letterRegisters.numberFormat })
    .from(letterRegisters)
    .where(and(eq(letterRegisters.direction, direction), eq(letterRegisters.isActive, true)))
    .orderBy(asc(letterRegisters.id));
}

/** Refuse early (with a field error) when the register's format needs a classification code. */
export function requireClassificationFor(
  reg: Register,
  classification: string | undefined,
  field = "classificationCode",
): void {
  if (!classification && formatUsesClassification(reg.numberFormat)) {
    throw errors.validation({ [field]: ["Kode klasifikasi wajib diisi karena format nomor register ini memakainya."] });
  }
}

export interface IssuedNumber {
  id: string;
  seq: number;
  year: number;
  number: string;
}

/**
 * Allocate and record numbers in the ledger, in the caller's transaction. `date` (YYYY-MM-DD) gives
 * the year of the register and the date parts of the number.
 */
export async function issueNumbers(
  reg: Register,
  opts: {
    date: string;
    count?: number;
    classification?: string | null;
    status: "dipakai" | "dicadangkan";
    createdBy: string;
    reservedFor?: string;
  },
  tx: Db = db,
): Promise<IssuedNumber[]> {
  requireClassificationFor(reg, opts.classification ?? undefined);
  const year = Number(opts.date.slice(0, 4));
  const seqs = await allocateSeqs(reg.id, year, opts.count ?? 1, tx);
  const rows = seqs.map((seq) => ({
    registerId: reg.id,
    year,
    seq,
    number: formatLetterNumber(reg.numberFormat, {
      seq,
      width: reg.numberWidth,
      unitCode: reg.unitCode,
      classification: opts.classification,
      date: opts.date,
    }),
    classificationCode: opts.classification ?? null,
    status: opts.status,
    reservedFor: opts.reservedFor ?? null,
    letterDate: opts.date,
    createdBy: opts.createdBy,
    usedAt: opts.status === "dipakai" ? new Date() : null,
  }));
  const inserted = await tx.insert(letterNumbers).values(rows).returning({
    id: letterNumbers.id,
    seq: letterNumbers.seq,
    year: letterNumbers.year,
    number: letterNumbers.number,
  });
  return inserted.sort((a, b) => a.seq - b.seq);
}
