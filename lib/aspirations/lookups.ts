import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { findKelurahanArea, type KelurahanArea } from "@/lib/areas/dapil";
import { aspirationCategories, aspirations, kelurahan, komisi } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { errors } from "@/lib/errors";
import { normalizeTrackingCode } from "@/lib/tracking/code";
import { isUuid } from "@/lib/validation";

const isId = (v: string) => /^\d{1,9}$/.test(v);

/**
 * Reference look-ups (category, kelurahan → kecamatan/dapil) are the same for every submission: keep
 * successful ones for a minute per instance. Nothing another instance needs; an admin change shows
 * within the minute (category changes here clear it at once).
 */
const REF_TTL_MS = 60_000;
const refCache = new Map<string, { at: number; value: unknown }>();

async function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
  const hit = refCache.get(key);
  if (hit && Date.now() - hit.at < REF_TTL_MS) return hit.value as T;
  const value = await load();
  if (refCache.size > 2000) refCache.clear();
  refCache.set(key, { at: Date.now(), value });
  return value;
}

/** Forget cached reference look-ups (after an admin change). */
export function clearReferenceCache(): void {
  refCache.clear();
}

/** A category by id or slug or name; must be active. */
export async function resolveCategory(ref: string | undefined, field = "category", tx: Db = db): Promise<number> {
  if (!ref) throw errors.validation({ [field]: ["Kategori wajib dipilih."] });
  const id = await cached(`cat:${ref.toLowerCase()}`, () => findCategory(tx, ref));
  if (id === null)
    throw errors.validation({ [field]: ["Kategori tidak dikenal. Pilih salah satu kategori yang tersedia."] });
  return id;
}

async function findCategory(db: Db, ref: string): Promise<number | null> {
  const cond = isId(ref)
    ? eq(aspirationCategories.id, Number(ref))
    : sql`(${aspirationCategories.slug} = ${ref.toLowerCase()} or lower(${aspirationCategories.name}) = ${ref.toLowerCase()})`;
  const rows = await db
    .select({ id: aspirationCategories.id })
    .from(aspirationCategories)
    .where(and(cond, eq(aspirationCategories.isActive, true)))
    .limit(1);
  return rows[0]?.id ?? null;
}

export interface ResolvedArea {
  kecamatanId: number | null;
  kelurahanId: number | null;
  dapilId: number | null;
  isCitywide: boolean;
}

/**
 * A kelurahan by id, slug or name (case-insensitive), with its kecamatan and its dapil (the rule in
 * `lib/areas/dapil.ts`). "Seluruh kota" has no area and no dapil (staff route it).
 */
export async function resolveArea(
  ref: { kelurahan?: string; kecamatan?: string; citywide: boolean },
  tx: Db = db,
): Promise<ResolvedArea> {
  if (ref.citywide && !ref.kelurahan) return { kecamatanId: null, kelurahanId: null, dapilId: null, isCitywide: true };
  const k = ref.kelurahan;
  if (!k) throw errors.validation({ kelurahan: ['Pilih kelurahan, atau centang "Seluruh kota".'] });
  const row = await cached(`kel:${k.toLowerCase()}`, () => findKelurahan(tx, k));
  if (!row) throw errors.validation({ kelurahan: ["Kelurahan tidak dikenal di Kota Balikpapan. Pilih dari daftar."] });
  if (ref.kecamatan && isId(ref.kecamatan) && Number(ref.kecamatan) !== row.kecamatanId) {
    throw errors.validation({ kelurahan: ["Kelurahan tidak berada di kecamatan yang dipilih."] });
  }
  return { kecamatanId: row.kecamatanId, kelurahanId: row.kelurahanId, dapilId: row.dapilId, isCitywide: false };
}

function findKelurahan(db: Db, k: string): Promise<KelurahanArea | null> {
  const cond = isId(k)
    ? eq(kelurahan.id, Number(k))
    : sql`(${kelurahan.slug} = ${k.toLowerCase()} or lower(${kelurahan.name}) = ${k.toLowerCase()})`;
  return findKelurahanArea(cond, undefined, db);
}

/** A komisi by id or name. */
export async function resolveKomisi(ref: string | undefined, tx: Db = db): Promise<number | null> {
  if (!ref) return null;
  const cond = isId(ref) ? eq(komisi.id, Number(ref)) : sql`lower(${komisi.name}) = ${ref.toLowerCase()}`;
  const rows = await tx
    .select({ id: komisi.id })
    .from(komisi)
    .where(and(cond, eq(komisi.isActive, true)))
    .limit(1);
  if (!rows[0]) throw errors.validation({ komisi: ["Komisi tidak dikenal."] });
  return rows[0].id;
}

export type AspirationRow = typeof aspirations.$inferSelect;

/** Load an aspiration by uuid (FOR UPDATE inside a transaction when `lock`), or 404. */
export async function loadAspiration(id: string, lock = false, tx: Db = db): Promise<AspirationRow> {
  if (!isUuid(id)) throw errors.notFound("Aspirasi");
  const q = tx.select().from(aspirations).where(eq(aspirations.id, id));
  const rows = lock ? await q.for("update") : await q;
  if (!rows[0]) throw errors.notFound("Aspirasi");
  return rows[0];
}

/** Load an aspiration by its tracking code (any spelling a person types), or 404. */
export async function loadByCode(code: string, lock = false, tx: Db = db): Promise<AspirationRow> {
  const norm = normalizeTrackingCode(code);
  if (!norm || !norm.startsWith("ASP-")) throw errors.notFound("Kode lacak");
  const q = tx.select().from(aspirations).where(eq(aspirations.trackingCode, norm));
  const rows = lock ? await q.for("update") : await q;
  if (!rows[0]) throw errors.notFound("Kode lacak");
  return rows[0];
}
