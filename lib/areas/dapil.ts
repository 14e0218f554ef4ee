import "server-only";
import { eq, sql, type SQL } from "drizzle-orm";
import { kelurahan } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";

/** A kelurahan with its kecamatan and the dapil that kecamatan belongs to (null: no period maps it). */
export interface KelurahanArea {
  kelurahanId: number;
  kecamatanId: number;
  dapilId: number | null;
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/**
 * THE rule for "which dapil does a kecamatan belong to on date D" (used by aspirations, pokir and
 * reses). Of the election periods that map the kecamatan to a dapil, take the first in this order:
 *   1. periods marked active before the others;
 *   2. then periods whose dates cover D (starts_on ≤ D ≤ ends_on);
 *   3. then periods that started on or before D;
 *   4. then the latest start date, and the highest id on a tie.
 * So: overlapping active periods → the one covering D that started last; no active period → the
 * period covering D that started last, or else the most recent one that started before D. When no
 * period maps the kecamatan, there is no dapil (staff route the item).
 */
export function dapilOfKecamatanSql(kecamatanId: SQL | number, on: Date = new Date()): SQL {
  const d = isoDate(on);
  return sql`(select d.id from dapil d
    join dapil_kecamatan dk on dk.dapil_id = d.id
    join election_periods p on p.id = d.period_id
    where dk.kecamatan_id = ${kecamatanId}
    order by p.is_active desc, (p.starts_on <= ${d}::date and p.ends_on >= ${d}::date) desc,
      (p.starts_on <= ${d}::date) desc, p.starts_on desc, p.id desc
    limit 1)`;
}

/** A kelurahan (chosen by `where`) with its kecamatan and dapil on `on`, or null when none matches. */
export async function findKelurahanArea(where: SQL, on: Date = new Date(), tx: Db = db): Promise<KelurahanArea | null> {
  const rows = await tx
    .select({
      kelurahanId: kelurahan.id,
      kecamatanId: kelurahan.kecamatanId,
      dapilId: sql<number | null>`${dapilOfKecamatanSql(sql`${kelurahan.kecamatanId}`, on)}`.mapWith((v) =>
        v === null ? null : Number(v),
      ),
    })
    .from(kelurahan)
    .where(where)
    .limit(1);
  return rows[0] ?? null;
}

/** A kelurahan by id with its kecamatan and dapil (null when the id is unknown). */
export function kelurahanArea(kelurahanId: number, on: Date = new Date(), tx: Db = db): Promise<KelurahanArea | null> {
  return findKelurahanArea(eq(kelurahan.id, kelurahanId), on, tx);
}
