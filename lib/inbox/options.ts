import "server-only";
import { MEMBER_VISIBLE_ASPIRATION_STATUSES, STATUS_LABELS } from "@/lib/aspirations/constants";
import { MEMBER_VISIBLE_STATUSES, POKIR_STATUS_LABELS } from "@/lib/pokir/constants";
import { asc, eq } from "drizzle-orm";
import type { Actor } from "@/lib/auth/roles";
import { aspirationCategories, dapilKecamatan, dapil, kelurahan, pokirBidang, pokirPeriods } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";

/** Choices for the inbox filters: the member's dapil kelurahan, categories, bidang, periods. */
export async function inboxFilterOptions(actor: Actor, tx: Db = db) {
  const [kel, categories, bidang, periods] = await Promise.all([
    actor.dapilId
      ? tx
          .select({ id: kelurahan.id, name: kelurahan.name })
          .from(kelurahan)
          .innerJoin(dapilKecamatan, eq(dapilKecamatan.kecamatanId, kelurahan.kecamatanId))
          .innerJoin(dapil, eq(dapil.id, dapilKecamatan.dapilId))
          .where(eq(dapil.id, actor.dapilId))
          .orderBy(asc(kelurahan.name))
      : Promise.resolve([]),
    tx
      .select({ id: aspirationCategories.id, name: aspirationCategories.name })
      .from(aspirationCategories)
      .orderBy(asc(aspirationCategories.sortOrder)),
    tx.select({ id: pokirBidang.id, name: pokirBidang.name }).from(pokirBidang).orderBy(asc(pokirBidang.code)),
    tx.select({ id: pokirPeriods.id, name: pokirPeriods.name }).from(pokirPeriods).orderBy(asc(pokirPeriods.planYear)),
  ]);
  return { kelurahan: kel, categories, bidang, periods };
}
export type InboxFilterOptions = Awaited<ReturnType<typeof inboxFilterOptions>>;

/** The status filter's choices: only the statuses a member can ever see, per item type. */
export function inboxStatusOptions(): [string, string][] {
  return [
    ...MEMBER_VISIBLE_ASPIRATION_STATUSES.map((s) => [s, `Aspirasi: ${STATUS_LABELS[s]}`] as [string, string]),
    ...MEMBER_VISIBLE_STATUSES.map((s) => [s, `Pokir: ${POKIR_STATUS_LABELS[s]}`] as [string, string]),
  ];
}
