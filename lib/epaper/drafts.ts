import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { writeAudit } from "@/lib/audit/service";
import { logDenied, requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { db as defaultDb } from "@/lib/db";
import { epaperLetters, epaperVersions, users } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { errors } from "@/lib/errors";
import { assertClassification } from "@/lib/letters/input-checks";
import { parseInput } from "@/lib/validation";
import { isUuid } from "@/lib/validation";
import { epaperById, epaperVisibleTo } from "@/lib/letters/policy";
import { autosaveSchema, createSchema, listQuerySchema, type DraftFields } from "./schema";
import { templateByCode } from "./templates";

export type EpaperLetter = typeof epaperLetters.$inferSelect;

/** The letter if the actor may see it (optionally locked for a change); else a logged 404. */
export async function loadLetter(
  actor: Actor,
  id: string,
  opts: { forUpdate?: boolean; permission?: string } = {},
  tx: Db = defaultDb,
): Promise<EpaperLetter> {
  const q = tx.select().from(epaperLetters).where(epaperById(actor, id));
  const [row] = isUuid(id) ? (opts.forUpdate ? await q.for("update") : await q) : [];
  if (!row) {
    await logDenied(
      actor,
      opts.permission ?? "epaper.read",
      { type: "epaper_letter", id: String(id).slice(0, 80) },
      tx,
    );
    throw errors.notFound("Surat");
  }
  return row;
}

/** The signer must be an active account (a member of the pimpinan/AKD or the Sekretaris DPRD). */
async function assertSigner(signerId: string, tx: Db) {
  const [u] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, signerId), eq(users.isActive, true)));
  if (!u) throw errors.validation({ signerId: ["Penanda tangan tidak ditemukan atau tidak aktif."] });
}

function contentOf(d: DraftFields) {
  return {
    nature: d.nature,
    attachmentsNote: d.attachmentsNote ?? null,
    subject: d.subject,
    recipients: d.recipients,
    copies: d.copies,
    body: d.body,
    classificationCode: d.classificationCode,
    signerId: d.signerId,
    signerPosition: d.signerPosition,
  };
}

/** Create a draft from a letter type; the template's body fills what the drafter leaves empty. */
export async function createFromTemplate(
  actor: Actor | null,
  input: unknown,
  tx: Db = defaultDb,
): Promise<{ id: string }> {
  const me = await requirePermission(actor, "epaper.draft", tx);
  const data = parseInput(createSchema, input);
  const tpl = await templateByCode(data.templateCode, tx);
  if (!tpl || !tpl.isActive) throw errors.validation({ templateCode: ["Jenis surat tidak dikenal."] });
  const fields = parseInput(autosaveSchema.omit({ revision: true }), {
    nature: data.nature ?? "biasa",
    attachmentsNote: data.attachmentsNote,
    subject: data.subject || tpl.defaultSubject || tpl.name,
    recipients: (data.recipients ?? []).map((p) => (p.email ? `${p.name} | ${p.email}` : p.name)).join("\n"),
    copies: (data.copies ?? []).map((p) => (p.email ? `${p.name} | ${p.email}` : p.name)).join("\n"),
    body: data.body || tpl.body,
    classificationCode: data.classificationCode || tpl.defaultClassification || "000.1.5",
    signerId: data.signerId,
    signerPosition: data.signerPosition,
  });
  await assertClassification(fields.classificationCode, undefined, tx);
  await assertSigner(fields.signerId, tx);
  return tx.transaction(async (t) => {
    const [row] = await t
      .insert(epaperLetters)
      .values({ templateId: tpl.id, ...contentOf(fields), createdBy: me.id })
      .returning({ id: epaperLetters.id });
    await t
      .insert(epaperVersions)
      .values({ letterId: row.id, revision: 0, content: contentOf(fields), savedBy: me.id });
    await writeAudit(
      {
        actor: me,
        action: "epaper.create",
        entityType: "epaper_letter",
        entityId: row.id,
        detail: { template: tpl.code, nature: fields.nature },
      },
      t,
    );
    return { id: row.id };
  });
}

/**
 * Autosave a draft. Only a draft (not waiting on anyone) can change; a save from a stale editor is
 * refused so two people never overwrite each other. Every save is kept as a version.
 */
export async function autosave(
  actor: Actor | null,
  id: string,
  input: unknown,
  tx: Db = defaultDb,
): Promise<{ revision: number }> {
  const me = await requirePermission(actor, "epaper.draft", tx);
  const data = parseInput(autosaveSchema, input);
  await assertClassification(data.classificationCode, undefined, tx);
  await assertSigner(data.signerId, tx);
  return tx.transaction(async (t) => {
    const row = await loadLetter(me, id, { forUpdate: true, permission: "epaper.draft" }, t);
    if (row.status !== "draf")
      throw errors.conflict("Surat sedang menunggu paraf atau tanda tangan dan terkunci. Tunggu sampai dikembalikan.");
    if (row.revision !== data.revision)
      throw errors.conflict("Draf ini sudah diubah orang lain. Muat ulang halaman untuk melihat versi terbaru.");
    const revision = row.revision + 1;
    await t
      .update(epaperLetters)
      .set({ ...contentOf(data), revision, updatedAt: new Date() })
      .where(eq(epaperLetters.id, id));
    await t.insert(epaperVersions).values({ letterId: id, revision, content: contentOf(data), savedBy: me.id });
    return { revision };
  });
}

/** Versions of a draft, newest first (for the diff view). */
export async function listVersions(actor: Actor | null, id: string, tx: Db = defaultDb) {
  const me = await requirePermission(actor, "epaper.read", tx);
  await loadLetter(me, id, {}, tx);
  return tx
    .select()
    .from(epaperVersions)
    .where(eq(epaperVersions.letterId, id))
    .orderBy(desc(epaperVersions.revision))
    .limit(100);
}

/** Letters the actor may see, newest first. */
export async function listLetters(actor: Actor | null, input: unknown = {}, tx: Db = defaultDb) {
  const me = await requirePermission(actor, "epaper.read", tx);
  const q = parseInput(listQuerySchema, input);
  const where = q.status ? and(epaperVisibleTo(me), eq(epaperLetters.status, q.status)) : epaperVisibleTo(me);
  return tx
    .select({
      id: epaperLetters.id,
      status: epaperLetters.status,
      subject: epaperLetters.subject,
      nature: epaperLetters.nature,
      number: epaperLetters.number,
      code: epaperLetters.code,
      signedAt: epaperLetters.signedAt,
      signerId: epaperLetters.signerId,
      signerPosition: epaperLetters.signerPosition,
      updatedAt: epaperLetters.updatedAt,
      supersededAt: epaperLetters.supersededAt,
    })
    .from(epaperLetters)
    .where(where)
    .orderBy(desc(epaperLetters.updatedAt))
    .limit(200);
}
