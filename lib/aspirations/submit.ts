import "server-only";
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { prepareFiles, saveAttachments, type IncomingFile } from "@/lib/attachments/service";
import { auditRow } from "@/lib/audit/write";
import { allowPermission, can } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { aspirationEvents, aspirations, auditLog, outboxMessages } from "@/lib/db/schema";
import { outboxRow } from "@/lib/outbox/service";
import { db, type Db } from "@/lib/db";
import { runRowStatement } from "@/lib/db/statement";
import { errors } from "@/lib/errors";
import { newTrackingCode } from "@/lib/tracking/code";
import { resolveArea, resolveCategory } from "./lookups";
import { MAX_ATTACHMENTS, type AspirationChannel } from "./constants";
import { citizenMessages, notifyCitizen } from "./notify";
import { submissionChannel, submissionSchemaFor } from "./schema";
import { parseInput } from "@/lib/validation";

/** A unique violation (SQLSTATE 23505), as thrown by postgres.js or PGlite, possibly wrapped by drizzle. */
function isUniqueViolation(e: unknown): boolean {
  for (let cur = e, depth = 0; cur && typeof cur === "object" && depth < 4; depth++) {
    if ((cur as { code?: unknown }).code === "23505") return true;
    cur = (cur as { cause?: unknown }).cause;
  }
  return false;
}

/** Owner type of aspiration files in the attachments table. */
export const ASPIRATION_OWNER = "aspiration";

export interface SubmitOptions {
  /** The channel the aspiration came through; web by default, staff may log phone/walk-in/letter. */
  channel?: AspirationChannel;
  /** Channel message id (WhatsApp message id, e-mail Message-ID): a redelivery creates nothing. */
  sourceRef?: string;
  now?: Date;
}

export interface SubmitResult {
  id: string;
  trackingCode: string;
  /** True when the sourceRef was seen before: nothing new was stored. */
  duplicate: boolean;
}

/**
 * Store one aspiration with its files, first event, audit entry and the citizen's confirmation in
 * one transaction. Anonymous: name, contact and IP are never stored (not even in the audit log).
 */
export async function submitAspiration(
  actor: Actor | null,
  input: unknown,
  files: (File | IncomingFile)[] = [],
  opts: SubmitOptions = {},
  tx: Db = db,
): Promise<SubmitResult> {
  const me = await allowPermission(actor, "aspiration.submit", tx);
  // The channel and consent rules live in the schema (the browser form flags them too); parsed here
  // again with the caller's real rights, so the server decides.
  const context = { channel: opts.channel ?? "web", staff: can(me, "aspiration.logChannel") } as const;
  const data = parseInput(submissionSchemaFor(context), input);
  const channel: AspirationChannel = submissionChannel(data, context);
  const [categoryId, area, prepared] = await Promise.all([
    resolveCategory(data.category, undefined, tx),
    resolveArea({ kelurahan: data.kelurahan, kecamatan: data.kecamatan, citywide: data.citywide }, tx),
    prepareFiles(files, { max: MAX_ATTACHMENTS, field: "lampiran" }),
  ]);
  if (opts.sourceRef) {
    const seen = await tx
      .select({ id: aspirations.id, code: aspirations.trackingCode })
      .from(aspirations)
      .where(eq(aspirations.sourceRef, opts.sourceRef));
    if (seen[0]) return { id: seen[0].id, trackingCode: seen[0].code, duplicate: true };
  }
  const anon = data.anonymous;
  const now = opts.now ?? new Date();
  for (let attempt = 0; attempt < 5; attempt++) {
    const id = randomUUID();
    const trackingCode = newTrackingCode("ASP");
    const row: typeof aspirations.$inferInsert = {
      id,
      trackingCode,
      title: data.title,
      body: data.body,
      categoryId,
      kecamatanId: area.kecamatanId,
      kelurahanId: area.kelurahanId,
      dapilId: area.dapilId,
      isCitywide: area.isCitywide,
      address: data.address ?? null,
      channel,
      isAnonymous: anon,
      isConfidential: data.confidential,
      reporterName: anon ? null : (data.name ?? null),
      reporterPhone: anon ? null : (data.phone ?? null),
      reporterEmail: anon ? null : (data.email ?? null),
      consentAt: data.consent ? now : null,
      sourceRef: opts.sourceRef ?? null,
      createdBy: me?.id ?? null,
      createdAt: now,
      updatedAt: now,
    };
    const event: typeof aspirationEvents.$inferInsert = {
      aspirationId: id,
      at: now,
      actorId: me?.id ?? null,
      kind: "status",
      toStatus: "diterima",
    };
    const audit = auditRow({
      actor: me,
      actorLabel: me ? undefined : "publik",
      action: "aspiration.submit",
      entityType: "aspiration",
      entityId: id,
      detail: { channel, anonymous: anon, confidential: data.confidential, files: prepared.length },
    });
    const contact = {
      id,
      trackingCode,
      reporterEmail: anon ? null : (data.email ?? null),
      reporterPhone: anon ? null : (data.phone ?? null),
      isAnonymous: anon,
    };
    // The ids are made here, so nothing waits for the aspiration's insert. A clash of the tracking code
    // or of a redelivered sourceRef is a unique violation that undoes everything; handled below.
    let res: SubmitResult | null = { id, trackingCode, duplicate: false };
    try {
      if (prepared.length === 0 && tx === db) {
        // The common case (no files, not inside a caller's transaction): one statement, so one round
        // trip and no BEGIN/COMMIT. Its data-modifying CTEs commit together or not at all, and the
        // events' foreign key is checked at the end of the statement, when the aspiration exists.
        const messages = citizenMessages(contact, { kind: "submitted" }).map(outboxRow);
        await runRowStatement(tx, "aspiration.submit", { row, event, audit, messages }, (p) => {
          const parts = [
            sql`a as (${tx.insert(aspirations).values(p.row).getSQL()})`,
            sql`e as (${tx.insert(aspirationEvents).values(p.event).getSQL()})`,
            sql`l as (${tx.insert(auditLog).values(p.audit).getSQL()})`,
          ];
          if (p.messages.length) parts.push(sql`o as (${tx.insert(outboxMessages).values(p.messages).getSQL()})`);
          return sql`with ${sql.join(parts, sql`, `)} select 1`;
        });
      } else {
        // With files (or inside a caller's transaction): issued together, so postgres.js pipelines them
        // on the transaction's connection (BEGIN, one round trip, COMMIT).
        await tx.transaction(async (tx) => {
          await Promise.all([
            tx.insert(aspirations).values(row),
            saveAttachments({ type: ASPIRATION_OWNER, id }, prepared, me?.id ?? null, tx),
            tx.insert(aspirationEvents).values(event),
            tx.insert(auditLog).values(audit),
            notifyCitizen(contact, { kind: "submitted" }, tx),
          ]);
        });
      }
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      res = null;
    }
    if (res) return res;
    // A conflict is either a redelivered sourceRef (raced) or, very rarely, a tracking-code clash.
    if (opts.sourceRef) {
      const seen = await tx
        .select({ id: aspirations.id, code: aspirations.trackingCode })
        .from(aspirations)
        .where(eq(aspirations.sourceRef, opts.sourceRef));
      if (seen[0]) return { id: seen[0].id, trackingCode: seen[0].code, duplicate: true };
    }
  }
  throw errors.conflict("Gagal membuat kode lacak. Silakan kirim ulang.");
}
