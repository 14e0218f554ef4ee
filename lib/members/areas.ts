import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { dapilOfKecamatanSql } from "@/lib/areas/dapil";
import { resolveArea } from "@/lib/aspirations/lookups";
import { db } from "@/lib/db";
import { dapil, dapilKecamatan, electionPeriods, kecamatan } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { isAppError } from "@/lib/errors";

/**
 * kelurahan (slug, name or id) → dapil id of the active period, or null when unknown.
 * Resolved by `resolveArea` (aspirations), which applies the one rule in lib/areas/dapil.ts.
 */
export async function dapilOfKelurahan(kelurahan: string, tx: Db = db): Promise<number | null> {
  try {
    return (await resolveArea({ kelurahan, citywide: false }, tx)).dapilId;
  } catch (e) {
    if (isAppError(e)) return null;
    throw e;
  }
}

/** The dapil that holds a kecamatan today, by the one rule in lib/areas (null: none). */
export async function dapilOfKecamatan(kecamatanId: number, tx: Db = db): Promise<number | null> {
  const [row] = await tx
    .select({ id: sql<number | null>`${dapilOfKecamatanSql(kecamatanId)}` })
    .from(sql`(select 1) as one`);
  return row?.id == null ? null : Number(row.id);
}

/** A dapil's number, name, seats and kecamatan (names and codes). */
export async function dapilInfo(dapilId: number, tx: Db = db) {
  const rows = await tx
    .select({
      id: dapil.id,
      number: dapil.number,
      name: dapil.name,
      seats: dapil.seats,
      kecamatan: kecamatan.name,
      kecamatanCode: kecamatan.code,
    })
    .from(dapil)
    .leftJoin(dapilKecamatan, eq(dapilKecamatan.dapilId, dapil.id))
    .leftJoin(kecamatan, eq(kecamatan.id, dapilKecamatan.kecamatanId))
    .where(eq(dapil.id, dapilId));
  if (!rows[0]) return null;
  const { id, number, name, seats } = rows[0];
  return {
    id,
    number,
    name,
    seats,
    kecamatan: rows.flatMap((r) => (r.kecamatan ? [{ name: r.kecamatan, code: r.kecamatanCode! }] : [])),
  };
}

/** The dapil of the active period with this number, or null. */
export async function dapilByNumber(number: number, tx: Db = db): Promise<number | null> {
  const [row] = await tx
    .select({ id: dapil.id })
    .from(dapil)
    .innerJoin(electionPeriods, and(eq(electionPeriods.id, dapil.periodId), eq(electionPeriods.isActive, true)))
    .where(eq(dapil.number, number));
  return row?.id ?? null;
}
