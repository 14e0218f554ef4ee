import "server-only";
import { asc, eq } from "drizzle-orm";
import { aspirationCategories, kecamatan, kelurahan, komisi } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";

/** Categories, kecamatan and kelurahan for forms and filters (reference data, no personal data). */
export async function formOptions(tx: Db = db) {
  const [categories, kec, kel, kom] = await Promise.all([
    tx
      .select({ id: aspirationCategories.id, name: aspirationCategories.name })
      .from(aspirationCategories)
      .where(eq(aspirationCategories.isActive, true))
      .orderBy(asc(aspirationCategories.sortOrder)),
    tx.select({ id: kecamatan.id, name: kecamatan.name }).from(kecamatan).orderBy(asc(kecamatan.name)),
    tx
      .select({ id: kelurahan.id, name: kelurahan.name, kecamatanId: kelurahan.kecamatanId })
      .from(kelurahan)
      .orderBy(asc(kelurahan.name)),
    tx
      .select({ id: komisi.id, name: komisi.name })
      .from(komisi)
      .where(eq(komisi.isActive, true))
      .orderBy(asc(komisi.name)),
  ]);
  return { categories, kecamatan: kec, kelurahan: kel, komisi: kom };
}
