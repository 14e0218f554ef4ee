import "server-only";
import { and, asc, eq, gte, ne, sql } from "drizzle-orm";
import { db } from "@/lib/db";
import { aspirations, kelurahan } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";

/**
 * Aspirations per kelurahan over the last `months` months (merged duplicates excluded, the same
 * window as publicStats), every kelurahan listed, zero included: the data of the /statistik map.
 */
export async function aspirationsPerKelurahan(
  months = 12,
  now = new Date(),
  tx: Db = db,
): Promise<{ slug: string; name: string; n: number }[]> {
  const since = new Date(now.getTime() - months * 31 * 86400_000);
  return tx
    .select({ slug: kelurahan.slug, name: kelurahan.name, n: sql<number>`count(${aspirations.id})::int` })
    .from(kelurahan)
    .leftJoin(
      aspirations,
      and(
        eq(aspirations.kelurahanId, kelurahan.id),
        gte(aspirations.createdAt, since),
        ne(aspirations.status, "digabung"),
      ),
    )
    .groupBy(kelurahan.slug, kelurahan.name)
    .orderBy(asc(kelurahan.name));
}
