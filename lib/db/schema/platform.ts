import { sql } from "drizzle-orm";
import { bigserial, index, integer, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { bytea, jsonb, tz } from "./types";

/** Append-only (a trigger refuses UPDATE and DELETE). Never holds passwords, tokens or confidential content. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", tz).notNull().defaultNow(),
    actorId: uuid("actor_id"),
    actorLabel: text("actor_label"),
    action: text("action").notNull(),
    outcome: text("outcome").notNull().default("success"),
    entityType: text("entity_type"),
    entityId: text("entity_id"),
    ipHash: text("ip_hash"),
    detail: jsonb("detail").$type<Record<string, unknown>>(),
  },
  (t) => [
    index("audit_log_at_idx").on(t.at),
    index("audit_log_entity_idx").on(t.entityType, t.entityId),
    // Public submissions have no actor: only staff and members' entries are indexed.
    index("audit_log_actor_idx")
      .on(t.actorId)
      .where(sql`${t.actorId} is not null`),
    index("audit_log_action_idx").on(t.action),
  ],
);

/** Fixed-window counters shared by every app instance. Keys hold hashes, never raw IPs or e-mails. */
export const rateLimits = pgTable(
  "rate_limits",
  {
    key: text("key").primaryKey(),
    windowStart: timestamp("window_start", tz).notNull(),
    count: integer("count").notNull(),
    expiresAt: timestamp("expires_at", tz).notNull(),
  },
  (t) => [index("rate_limits_expires_idx").on(t.expiresAt)],
);

/** Files live in PostgreSQL so one backup and one transaction hold record and files together. */
export const attachments = pgTable(
  "attachments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ownerType: text("owner_type").notNull(),
    ownerId: text("owner_id").notNull(),
    fileName: text("file_name").notNull(),
    mimeType: text("mime_type").notNull(),
    size: integer("size").notNull(),
    sha256: text("sha256").notNull(),
    data: bytea("data").notNull(),
    uploadedBy: uuid("uploaded_by"),
    createdAt: timestamp("created_at", tz).notNull().defaultNow(),
  },
  (t) => [index("attachments_owner_idx").on(t.ownerType, t.ownerId)],
);

export const outboxChannel = pgEnum("outbox_channel", ["email", "whatsapp"]);
export const outboxStatus = pgEnum("outbox_status", ["pending", "sending", "sent", "failed"]);

/** Messages to people, written in the same transaction as the change that causes them. */
export const outboxMessages = pgTable(
  "outbox_messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    channel: outboxChannel("channel").notNull(),
    recipient: text("recipient").notNull(),
    subject: text("subject"),
    body: text("body").notNull(),
    status: outboxStatus("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", tz).notNull().defaultNow(),
    lockedUntil: timestamp("locked_until", tz),
    lastError: text("last_error"),
    relatedType: text("related_type"),
    relatedId: text("related_id"),
    /** One file sent with an e-mail (a signed letter), kept with the message until it is delivered. */
    attachmentName: text("attachment_name"),
    attachmentData: bytea("attachment_data"),
    /** Further files sent with an e-mail, read from `attachments` when it is delivered (a letter's lampiran). */
    fileIds: uuid("file_ids").array(),
    createdAt: timestamp("created_at", tz).notNull().defaultNow(),
    sentAt: timestamp("sent_at", tz),
  },
  (t) => [
    index("outbox_due_idx").on(t.status, t.nextAttemptAt),
    index("outbox_related_idx").on(t.relatedType, t.relatedId),
  ],
);
