import "server-only";
import { MAX_FILES } from "@/lib/attachments/limits";
import { randomUUID } from "node:crypto";
import { and, desc, eq, sql } from "drizzle-orm";
import { listAttachments, prepareFiles, saveAttachments, type IncomingFile } from "@/lib/attachments/service";
import { writeAudit } from "@/lib/audit/service";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { kelurahan, pokirProposals, resesRecords } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { errors } from "@/lib/errors";
import { assertMayHoldReses } from "@/lib/reses/service";
import { locateKelurahan } from "./proposal-store";
import { RESES_PHOTO_OWNER } from "./constants";
import { resesSchema } from "./schema";
import { isUuid, parseInput } from "@/lib/validation";

/** Record a reses visit in the member's dapil, with photos. */
export async function createReses(
  actor: Actor | null,
  input: unknown,
  files: (File | IncomingFile)[] = [],
  tx: Db = db,
) {
  const me = await requirePermission(actor, "reses.manage", tx);
  const data = parseInput(resesSchema, input);
  await assertMayHoldReses(me.id, data.heldOn, tx);
  const loc = await locateKelurahan(data.kelurahanId, undefined, tx);
  if (loc.dapilId !== me.dapilId) throw errors.validation({ kelurahanId: ["Kelurahan ini di luar dapil Anda."] });
  const photos = await prepareFiles(files, { max: MAX_FILES, allowed: ["image"], field: "photos" });
  const id = randomUUID();
  await tx.transaction(async (tx) => {
    await tx.insert(resesRecords).values({
      id,
      memberId: me.id,
      heldOn: data.heldOn,
      place: data.place,
      kelurahanId: data.kelurahanId,
      attendees: data.attendees,
      notes: data.notes ?? null,
    });
    await saveAttachments({ type: RESES_PHOTO_OWNER, id }, photos, me.id, tx);
    await writeAudit({ actor: me, action: "reses.create", entityType: "reses", entityId: id }, tx);
  });
  return { id };
}

/** The member's reses records with the number of pokir entered from each. */
export async function listReses(actor: Actor | null, tx: Db = db) {
  const me = await requirePermission(actor, "reses.manage", tx);
  return tx
    .select({
      id: resesRecords.id,
      heldOn: resesRecords.heldOn,
      place: resesRecords.place,
      kelurahan: kelurahan.name,
      attendees: resesRecords.attendees,
      pokirCount: sql<number>`(select count(*)::int from ${pokirProposals} where ${pokirProposals.resesId} = ${resesRecords.id})`,
    })
    .from(resesRecords)
    .innerJoin(kelurahan, eq(kelurahan.id, resesRecords.kelurahanId))
    .where(eq(resesRecords.memberId, me.id))
    .orderBy(desc(resesRecords.heldOn));
}

/** One of the member's reses records (404 for another member's). */
export async function getReses(actor: Actor | null, id: string, tx: Db = db) {
  const me = await requirePermission(actor, "reses.manage", tx);
  if (!isUuid(id)) throw errors.notFound("Catatan reses");
  const rows = await tx
    .select({
      id: resesRecords.id,
      heldOn: resesRecords.heldOn,
      place: resesRecords.place,
      kelurahanId: resesRecords.kelurahanId,
      kelurahan: kelurahan.name,
      attendees: resesRecords.attendees,
      notes: resesRecords.notes,
    })
    .from(resesRecords)
    .innerJoin(kelurahan, eq(kelurahan.id, resesRecords.kelurahanId))
    .where(and(eq(resesRecords.id, id), eq(resesRecords.memberId, me.id)));
  if (!rows[0]) throw errors.notFound("Catatan reses");
  const [photos, pokir] = await Promise.all([
    listAttachments({ type: RESES_PHOTO_OWNER, id }, tx),
    tx
      .select({
        id: pokirProposals.id,
        trackingCode: pokirProposals.trackingCode,
        title: pokirProposals.title,
        status: pokirProposals.status,
      })
      .from(pokirProposals)
      .where(eq(pokirProposals.resesId, id)),
  ]);
  return { ...rows[0], photos, pokir };
}

/** Download check for reses photos: only the member who held the reses, and office staff. */
export async function resesAttachmentAccess(actor: Actor | null, ownerId: string, tx: Db = db): Promise<boolean> {
  if (!actor) return false;
  if (actor.role === "staff" || actor.role === "admin") return true;
  if (!isUuid(ownerId)) return false;
  const rows = await tx
    .select({ id: resesRecords.id })
    .from(resesRecords)
    .where(and(eq(resesRecords.id, ownerId), eq(resesRecords.memberId, actor.id)));
  return Boolean(rows[0]);
}
