import "server-only";
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { prepareFiles, saveAttachments, type IncomingFile } from "@/lib/attachments/service";
import { writeAudit } from "@/lib/audit/service";
import { allowPermission, can } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { aspirationEvents, aspirations } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { errors } from "@/lib/errors";
import { newTrackingCode } from "@/lib/tracking/code";
import { resolveArea, resolveCategory } from "./lookups";
import { MAX_ATTACHMENTS, type AspirationChannel } from "./constants";
import { notifyCitizen } from "./notify";
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
    // The row and everything that goes with it are issued together, so postgres.js pipelines them on
    // the transaction's connection: BEGIN, one round trip for the five inserts, COMMIT. The ids are
    // made here, so nothing waits for the aspiration's insert; a clash of the tracking code or of a
    // redelivered sourceRef fails the whole transaction (unique violation) and is handled below.
    let res: SubmitResult | null;
    try {
      res = await tx.transaction(async (tx) => {
        await Promise.all([
          tx.insert(aspirations).values({
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
          }),
          saveAttachments({ type: ASPIRATION_OWNER, id }, prepared, me?.id ?? null, tx),
          tx
            .insert(aspirationEvents)
            .values({ aspirationId: id, at: now, actorId: me?.id ?? null, kind: "status", toStatus: "diterima" }),
          writeAudit(
            {
              actor: me,
              actorLabel: me ? undefined : "publik",
              action: "aspiration.submit",
              entityType: "aspiration",
              entityId: id,
              detail: { channel, anonymous: anon, confidential: data.confidential, files: prepared.length },
            },
            tx,
          ),
          notifyCitizen(
            {
              id,
              trackingCode,
              reporterEmail: anon ? null : (data.email ?? null),
              reporterPhone: anon ? null : (data.phone ?? null),
              isAnonymous: anon,
            },
            { kind: "submitted" },
            tx,
          ),
        ]);
        return { id, trackingCode, duplicate: false };
      });
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
