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
import { sqlState } from "@/lib/db/errors";
import { groupWriter } from "@/lib/db/group";
import { insertJsonRows, jsonRows, keysOf } from "@/lib/db/json-rows";
import { runRowStatement } from "@/lib/db/statement";
import { errors } from "@/lib/errors";
import { newTrackingCode } from "@/lib/tracking/code";
import { resolveArea, resolveCategory } from "./lookups";
import { MAX_ATTACHMENTS, type AspirationChannel } from "./constants";
import { citizenMessages, notifyCitizen } from "./notify";
import { submissionChannel, submissionSchemaFor } from "./schema";
import { parseInput } from "@/lib/validation";

/** A unique violation (SQLSTATE 23505), as thrown by postgres.js or PGlite, possibly wrapped by drizzle. */
const isUniqueViolation = (e: unknown) => sqlState(e) === "23505";

/** The rows one submission without files writes, in one statement with other submissions' rows. */
interface SubmissionRows {
  row: typeof aspirations.$inferInsert;
  event: typeof aspirationEvents.$inferInsert;
  audit: typeof auditLog.$inferInsert;
  messages: (typeof outboxMessages.$inferInsert)[];
}

/** Every outbox row has these keys (outboxRow sets each one, null or not). */
const OUTBOX_KEYS = keysOf(outboxRow({ channel: "email", recipient: "", body: "" }));

const shapeKey = (s: SubmissionRows) => [keysOf(s.row), keysOf(s.event), keysOf(s.audit)].join("|");

/**
 * Store the rows of several submissions in one statement: one round trip, no BEGIN/COMMIT, one commit.
 * Its data-modifying CTEs commit together or not at all, and the events' foreign key is checked at the
 * end of the statement, when the aspirations exist. The text is the same for any number of submissions.
 */
async function writeSubmissions(items: SubmissionRows[]): Promise<void> {
  const rows = items.map((s) => s.row);
  const events = items.map((s) => s.event);
  const audits = items.map((s) => s.audit);
  const messages = items.flatMap((s) => s.messages);
  const a = jsonRows(aspirations, rows);
  const e = jsonRows(aspirationEvents, events);
  const l = jsonRows(auditLog, audits);
  const o = jsonRows(outboxMessages, messages, OUTBOX_KEYS);
  const params = { a: { json: a.json }, e: { json: e.json }, l: { json: l.json }, o: { json: o.json } };
  await runRowStatement(db, `aspiration.submit:${shapeKey(items[0])}`, params, (p) => {
    const parts = [
      sql`a as (${insertJsonRows(aspirations, a.columns, p.a.json)})`,
      sql`e as (${insertJsonRows(aspirationEvents, e.columns, p.e.json)})`,
      sql`l as (${insertJsonRows(auditLog, l.columns, p.l.json)})`,
      sql`o as (${insertJsonRows(outboxMessages, o.columns, p.o.json)})`,
    ];
    return sql`with ${sql.join(parts, sql`, `)} select 1`;
  });
}

/**
 * Submissions arriving together share a statement (lib/db/group.ts): under load the database then parses,
 * plans and commits once per group instead of once per submission. A group the database refuses is tried
 * again one submission at a time, so each caller gets its own outcome.
 */
const writeSubmission = groupWriter<SubmissionRows>({
  maxGroup: 16,
  maxInFlight: 3,
  keyOf: shapeKey,
  writeGroup: writeSubmissions,
  writeOne: (s) => writeSubmissions([s]),
});

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
        // The common case (no files, not inside a caller's transaction): one statement, shared with the
        // submissions that arrive meanwhile (writeSubmission above).
        await writeSubmission({
          row,
          event,
          audit,
          messages: citizenMessages(contact, { kind: "submitted" }).map(outboxRow),
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
