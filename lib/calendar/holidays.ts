import "server-only";
import { and, gte, lte } from "drizzle-orm";
import { holidays } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";

/** Holiday dates (YYYY-MM-DD) between two years inclusive, for working-day arithmetic. */
export async function loadHolidaySet(fromYear: number, toYear: number, tx: Db = db): Promise<Set<string>> {
  const rows = await tx
    .select({ date: holidays.date })
    .from(holidays)
    .where(and(gte(holidays.date, `${fromYear}-01-01`), lte(holidays.date, `${toYear}-12-31`)));
  return new Set(rows.map((r) => r.date));
}
