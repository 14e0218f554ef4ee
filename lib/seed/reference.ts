import "server-only";
import { and, eq } from "drizzle-orm";
import {
  aspirationCategories,
  classificationCodes,
  dapil,
  dapilKecamatan,
  electionPeriods,
  fraksi,
  holidays,
  kecamatan,
  kelurahan,
  komisi,
} from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import wilayah from "./data/balikpapan-wilayah.json";
import { parseClassificationCsv } from "./classification-csv";
import klasifikasiCsv from "./data/klasifikasi";
import { FRAKSI, HOLIDAYS, ASPIRATION_CATEGORIES } from "./reference-data";

/** URL-safe slug from an Indonesian name. */
export function slugify(s: string): string {
  return s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

export const CURRENT_PERIOD = { name: "2024-2029", startsOn: "2024-08-01", endsOn: "2029-07-31" };

/**
 * Seed reference data idempotently: rows that exist are left alone, so an admin's edits survive
 * every restart.
 */
export async function seedReference(tx: Db = db): Promise<void> {
  await tx.transaction(async (tx) => {
    await tx
      .insert(electionPeriods)
      .values({ ...CURRENT_PERIOD, isActive: true })
      .onConflictDoNothing();
    const [period] = await tx.select().from(electionPeriods).where(eq(electionPeriods.name, CURRENT_PERIOD.name));

    await tx
      .insert(kecamatan)
      .values(wilayah.kecamatan.map((k) => ({ code: k.code, name: k.name })))
      .onConflictDoNothing();
    const kecRows = await tx.select().from(kecamatan);
    const kecByCode = new Map(kecRows.map((k) => [k.code, k.id]));

    const kelValues = wilayah.kecamatan.flatMap((k) =>
      k.kelurahan.map((name) => ({ kecamatanId: kecByCode.get(k.code)!, name, slug: slugify(name) })),
    );
    await tx.insert(kelurahan).values(kelValues).onConflictDoNothing();

    for (const d of wilayah.dapil_2024) {
      await tx
        .insert(dapil)
        .values({ periodId: period.id, number: d.number, name: d.name, seats: d.seats })
        .onConflictDoNothing();
      const [row] = await tx
        .select()
        .from(dapil)
        .where(and(eq(dapil.periodId, period.id), eq(dapil.number, d.number)));
      await tx
        .insert(dapilKecamatan)
        .values(d.kecamatan.map((code) => ({ dapilId: row.id, kecamatanId: kecByCode.get(code)! })))
        .onConflictDoNothing();
    }

    await tx
      .insert(komisi)
      .values(wilayah.komisi.map((k) => ({ name: k.name, field: k.field })))
      .onConflictDoNothing();
    await tx.insert(fraksi).values(FRAKSI).onConflictDoNothing();
    await tx.insert(aspirationCategories).values(ASPIRATION_CATEGORIES).onConflictDoNothing();
    await tx.insert(holidays).values(HOLIDAYS).onConflictDoNothing();

    const codes = parseClassificationCsv(klasifikasiCsv);
    for (let i = 0; i < codes.length; i += 200) {
      await tx
        .insert(classificationCodes)
        .values(codes.slice(i, i + 200))
        .onConflictDoNothing();
    }
  });
}
