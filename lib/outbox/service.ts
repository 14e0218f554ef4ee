import "server-only";
import { and, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { attachments, outboxMessages } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";

export type OutboxChannel = "email" | "whatsapp";

export interface OutgoingMessage {
  channel: OutboxChannel;
  recipient: string;
  subject?: string;
  body: string;
  relatedType?: string;
  relatedId?: string;
  /** A file sent with an e-mail (ignored by WhatsApp). */
  attachment?: { name: string; data: Buffer };
  /** Further files from the attachments table, sent with the e-mail (read when it is delivered). */
  fileIds?: string[];
}

/** The outbox row of a message (for a caller that inserts it within a larger statement). */
export function outboxRow(msg: OutgoingMessage): typeof outboxMessages.$inferInsert {
  return {
    channel: msg.channel,
    recipient: msg.recipient,
    subject: msg.subject ?? null,
    body: msg.body,
    relatedType: msg.relatedType ?? null,
    relatedId: msg.relatedId ?? null,
    attachmentName: msg.attachment?.name ?? null,
    attachmentData: msg.attachment?.data ?? null,
    fileIds: msg.fileIds?.length ? msg.fileIds : null,
  };
}

/** Queue a message; call inside the transaction of the change that causes it. */
export async function enqueueMessage(msg: OutgoingMessage, tx: Db = db): Promise<string> {
  const [row] = await tx.insert(outboxMessages).values(outboxRow(msg)).returning({ id: outboxMessages.id });
  return row.id;
}

/** The messages of one notice to every contact a person gave (e-mail and/or WhatsApp number). */
export function contactMessages(
  contact: { email?: string | null; phone?: string | null },
  msg: { subject: string; body: string; relatedType?: string; relatedId?: string },
): OutgoingMessage[] {
  const out: OutgoingMessage[] = [];
  if (contact.email) out.push({ channel: "email", recipient: contact.email, ...msg });
  if (contact.phone)
    out.push({ channel: "whatsapp", recipient: contact.phone, ...msg, body: `${msg.subject}\n\n${msg.body}` });
  return out;
}

/** Queue the same notice to every contact a person gave (e-mail and/or WhatsApp number). */
export async function notifyContact(
  contact: { email?: string | null; phone?: string | null },
  msg: { subject: string; body: string; relatedType?: string; relatedId?: string },
  tx: Db = db,
): Promise<number> {
  const messages = contactMessages(contact, msg);
  for (const m of messages) await enqueueMessage(m, tx);
  return messages.length;
}

export type ClaimedMessage = typeof outboxMessages.$inferSelect;

/** A claimed message with the files it refers to (`fileIds`), ready for a transport. */
export type DeliverableMessage = ClaimedMessage & { files?: { name: string; mimeType: string; data: Buffer }[] };

/**
 * Read the files an e-mail refers to, in the order of `fileIds`. A file that no longer exists fails
 * the delivery (retried, then `failed` with the reason) rather than sending the e-mail without it.
 */
export async function withFiles(msg: ClaimedMessage, tx: Db = db): Promise<DeliverableMessage> {
  const ids = msg.channel === "email" ? (msg.fileIds ?? []) : [];
  if (ids.length === 0) return msg;
  const rows = await tx
    .select({ id: attachments.id, name: attachments.fileName, mimeType: attachments.mimeType, data: attachments.data })
    .from(attachments)
    .where(inArray(attachments.id, ids));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const missing = ids.filter((id) => !byId.has(id));
  if (missing.length) throw new Error(`Lampiran e-mail tidak ditemukan (${missing.length} berkas).`);
  return { ...msg, files: ids.map((id) => ({ ...byId.get(id)!, data: Buffer.from(byId.get(id)!.data) })) };
}

/**
 * Claim due messages for delivery. `FOR UPDATE SKIP LOCKED` lets several workers (instances) run
 * at once without sending a message twice; a claim that is not settled within the lease expires.
 */
export async function claimDueMessages(
  channels: OutboxChannel[],
  limit = 20,
  leaseSeconds = 120,
  tx: Db = db,
): Promise<ClaimedMessage[]> {
  if (channels.length === 0) return [];
  const channelList = sql.join(
    channels.map((c) => sql`${c}`),
    sql`, `,
  );
  const due: SQL = sql`(
    (${outboxMessages.status} = 'pending' and ${outboxMessages.nextAttemptAt} <= now())
    or (${outboxMessages.status} = 'sending' and ${outboxMessages.lockedUntil} < now())
  ) and ${outboxMessages.channel} in (${channelList})`;
  return tx
    .update(outboxMessages)
    .set({
      status: "sending",
      attempts: sql`${outboxMessages.attempts} + 1`,
      lockedUntil: sql`now() + make_interval(secs => ${leaseSeconds})`,
    })
    .where(
      sql`${outboxMessages.id} in (select ${outboxMessages.id} from ${outboxMessages} where ${due} order by ${outboxMessages.nextAttemptAt} limit ${limit} for update skip locked)`,
    )
    .returning();
}

/** Exponential backoff: 1, 2, 4 ... minutes, at most 6 hours. */
export function backoffSeconds(attempts: number): number {
  return Math.min(6 * 3600, 60 * 2 ** Math.max(0, attempts - 1));
}

export const MAX_ATTEMPTS = 12;

/** Settle a claimed message: sent, or back to pending with backoff (failed after MAX_ATTEMPTS). */
export async function settleMessage(
  msg: Pick<ClaimedMessage, "id" | "attempts">,
  error?: unknown,
  tx: Db = db,
): Promise<void> {
  if (!error) {
    await tx
      .update(outboxMessages)
      .set({ status: "sent", sentAt: new Date(), lockedUntil: null, lastError: null })
      .where(and(eq(outboxMessages.id, msg.id), eq(outboxMessages.status, "sending")));
    return;
  }
  const text = (error instanceof Error ? error.message : String(error)).slice(0, 500);
  const giveUp = msg.attempts >= MAX_ATTEMPTS;
  await tx
    .update(outboxMessages)
    .set({
      status: giveUp ? "failed" : "pending",
      lastError: text,
      lockedUntil: null,
      nextAttemptAt: sql`now() + make_interval(secs => ${backoffSeconds(msg.attempts)})`,
    })
    .where(eq(outboxMessages.id, msg.id));
}

export interface OutboxListItem {
  id: string;
  channel: OutboxChannel;
  recipient: string;
  subject: string | null;
  status: "pending" | "sending" | "sent" | "failed";
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
  nextAttemptAt: Date;
}

/** Staff view of the outbox, newest first, optionally by status. */
export async function listOutbox(
  actor: Actor | null,
  opts: { status?: OutboxListItem["status"]; page?: number; pageSize?: number } = {},
  tx: Db = db,
): Promise<{ items: OutboxListItem[]; total: number }> {
  await requirePermission(actor, "outbox.read", tx);
  const pageSize = Math.min(100, Math.max(1, opts.pageSize ?? 25));
  const page = Math.max(1, opts.page ?? 1);
  const where = opts.status ? eq(outboxMessages.status, opts.status) : undefined;
  const items = await tx
    .select({
      id: outboxMessages.id,
      channel: outboxMessages.channel,
      recipient: outboxMessages.recipient,
      subject: outboxMessages.subject,
      status: outboxMessages.status,
      attempts: outboxMessages.attempts,
      lastError: outboxMessages.lastError,
      createdAt: outboxMessages.createdAt,
      sentAt: outboxMessages.sentAt,
      nextAttemptAt: outboxMessages.nextAttemptAt,
    })
    .from(outboxMessages)
    .where(where)
    .orderBy(desc(outboxMessages.createdAt))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [{ total }] = await tx
    .select({ total: sql<number>`count(*)::int` })
    .from(outboxMessages)
    .where(where);
  return { items, total };
}
