import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import {
  DISPOSISI_STATUSES,
  INCOMING_STATUSES,
  NATURES,
  OUTGOING_STATUSES,
  RETENTION_DECISIONS,
} from "@/lib/letters/constants";
import { classificationCodes, komisi } from "./areas";
import { users } from "./users";
import { jsonb, tsvector, tz } from "./types";

export const letterDirection = pgEnum("letter_direction", ["masuk", "keluar"]);
export const letterNature = pgEnum("letter_nature", NATURES);
export const incomingLetterStatus = pgEnum("incoming_letter_status", INCOMING_STATUSES);
export const outgoingLetterStatus = pgEnum("outgoing_letter_status", OUTGOING_STATUSES);
/** A number in the ledger is used by a letter, reserved for paper signing, or a cancelled reservation. */
export const letterNumberStatus = pgEnum("letter_number_status", ["dipakai", "dicadangkan", "dibatalkan"]);
export const disposisiStatus = pgEnum("disposisi_status", DISPOSISI_STATUSES);
export const disposisiRecipientKind = pgEnum("disposisi_recipient_kind", ["user", "unit", "komisi"]);

/**
 * A numbering register (incoming agenda, outgoing letters, ...) with its number format. Admins edit
 * the format; the running number is gap-free per register per year (see letter_counters).
 */
export const letterRegisters = pgTable("letter_registers", {
  id: serial("id").primaryKey(),
  code: text("code").notNull().unique(),
  name: text("name").notNull(),
  direction: letterDirection("direction").notNull(),
  numberFormat: text("number_format").notNull(),
  numberWidth: smallint("number_width").notNull().default(4),
  unitCode: text("unit_code").notNull().default("DPRD"),
  isActive: boolean("is_active").notNull().default(true),
  updatedAt: timestamp("updated_at", tz).notNull().defaultNow(),
  updatedBy: uuid("updated_by").references(() => users.id),
});

/**
 * The last running number handed out per register per year. Incremented with
 * INSERT … ON CONFLICT DO UPDATE … RETURNING inside the transaction that uses the number, so the row
 * lock serialises concurrent registrations and a rolled-back transaction gives its number back.
 */
export const letterCounters = pgTable(
  "letter_counters",
  {
    registerId: integer("register_id")
      .notNull()
      .references(() => letterRegisters.id),
    year: integer("year").notNull(),
    last: integer("last").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.registerId, t.year] }), check("letter_counters_last_nonneg", sql`${t.last} >= 0`)],
);

/** The ledger of every number ever handed out: one row per number, never deleted, never reused. */
export const letterNumbers = pgTable(
  "letter_numbers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    registerId: integer("register_id")
      .notNull()
      .references(() => letterRegisters.id),
    year: integer("year").notNull(),
    seq: integer("seq").notNull(),
    number: text("number").notNull(),
    classificationCode: text("classification_code").references(() => classificationCodes.code),
    status: letterNumberStatus("status").notNull(),
    /** What a reservation is for (paper signing while systems are down). */
    reservedFor: text("reserved_for"),
    letterDate: date("letter_date"),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", tz).notNull().defaultNow(),
    usedAt: timestamp("used_at", tz),
    cancelledBy: uuid("cancelled_by").references(() => users.id),
    cancelledAt: timestamp("cancelled_at", tz),
    cancelReason: text("cancel_reason"),
  },
  (t) => [
    unique("letter_numbers_register_year_seq_uq").on(t.registerId, t.year, t.seq),
    check("letter_numbers_seq_positive", sql`${t.seq} > 0`),
    index("letter_numbers_status_idx").on(t.status, t.registerId),
  ],
);

/** Incoming letters (surat masuk). The agenda number comes from the ledger in the same transaction. */
export const incomingLetters = pgTable(
  "incoming_letters",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    registerId: integer("register_id")
      .notNull()
      .references(() => letterRegisters.id),
    numberId: uuid("number_id")
      .notNull()
      .unique()
      .references(() => letterNumbers.id),
    agendaNumber: text("agenda_number").notNull(),
    agendaYear: integer("agenda_year").notNull(),
    agendaSeq: integer("agenda_seq").notNull(),
    receivedOn: date("received_on").notNull(),
    senderNumber: text("sender_number").notNull(),
    senderDate: date("sender_date").notNull(),
    sender: text("sender").notNull(),
    subject: text("subject").notNull(),
    nature: letterNature("nature").notNull().default("biasa"),
    classificationCode: text("classification_code")
      .notNull()
      .references(() => classificationCodes.code),
    summary: text("summary"),
    addressee: text("addressee").notNull(),
    /** The addressee's account, when they have one: they may see a rahasia letter. */
    addresseeUserId: uuid("addressee_user_id").references(() => users.id),
    status: incomingLetterStatus("status").notNull().default("diterima"),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", tz).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", tz).notNull().defaultNow(),
    archivedAt: timestamp("archived_at", tz),
    version: integer("version").notNull().default(1),
    searchVector: tsvector("search_vector").generatedAlwaysAs(
      (): ReturnType<typeof sql> =>
        sql`setweight(to_tsvector('indonesian', coalesce(${incomingLetters.subject}, '')), 'A') || setweight(to_tsvector('indonesian', coalesce(${incomingLetters.sender}, '')), 'B') || to_tsvector('simple', coalesce(${incomingLetters.agendaNumber}, '') || ' ' || coalesce(${incomingLetters.senderNumber}, ''))`,
    ),
  },
  (t) => [
    check("incoming_received_after_letter", sql`${t.receivedOn} >= ${t.senderDate}`),
    index("incoming_received_idx").on(t.receivedOn.desc(), t.agendaYear.desc(), t.agendaSeq.desc()),
    index("incoming_register_seq_idx").on(t.registerId, t.agendaYear, t.agendaSeq),
    index("incoming_status_idx").on(t.status),
    index("incoming_classification_idx").on(t.classificationCode),
    index("incoming_created_by_idx").on(t.createdBy),
    index("incoming_addressee_idx").on(t.addresseeUserId),
    index("incoming_search_idx").using("gin", t.searchVector),
    index("incoming_numbers_trgm_idx").using("gin", sql`(${t.agendaNumber} || ' ' || ${t.senderNumber}) gin_trgm_ops`),
  ],
);

/** Outgoing letters (surat keluar): a draft gets its number when it is approved. */
export const outgoingLetters = pgTable(
  "outgoing_letters",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    registerId: integer("register_id")
      .notNull()
      .references(() => letterRegisters.id),
    numberId: uuid("number_id")
      .unique()
      .references(() => letterNumbers.id),
    number: text("number"),
    numberYear: integer("number_year"),
    numberSeq: integer("number_seq"),
    status: outgoingLetterStatus("status").notNull().default("draf"),
    subject: text("subject").notNull(),
    /** One recipient per line. */
    recipients: text("recipients").notNull(),
    /** Tembusan, one per line. */
    copies: text("copies"),
    classificationCode: text("classification_code")
      .notNull()
      .references(() => classificationCodes.code),
    nature: letterNature("nature").notNull().default("biasa"),
    signer: text("signer").notNull(),
    letterDate: date("letter_date"),
    summary: text("summary"),
    replyToId: uuid("reply_to_id").references((): AnyPgColumn => incomingLetters.id),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", tz).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", tz).notNull().defaultNow(),
    issuedBy: uuid("issued_by").references(() => users.id),
    issuedAt: timestamp("issued_at", tz),
    cancelledBy: uuid("cancelled_by").references(() => users.id),
    cancelledAt: timestamp("cancelled_at", tz),
    cancelReason: text("cancel_reason"),
    version: integer("version").notNull().default(1),
    searchVector: tsvector("search_vector").generatedAlwaysAs(
      (): ReturnType<typeof sql> =>
        sql`setweight(to_tsvector('indonesian', coalesce(${outgoingLetters.subject}, '')), 'A') || setweight(to_tsvector('indonesian', coalesce(${outgoingLetters.recipients}, '')), 'B') || to_tsvector('simple', coalesce(${outgoingLetters.number}, ''))`,
    ),
  },
  (t) => [
    check(
      "outgoing_issued_has_number",
      sql`${t.status} = 'draf' or ${t.numberId} is not null or ${t.cancelledAt} is not null`,
    ),
    index("outgoing_date_idx").on(t.letterDate.desc(), t.createdAt.desc()),
    index("outgoing_register_seq_idx").on(t.registerId, t.numberYear, t.numberSeq),
    index("outgoing_status_idx").on(t.status),
    index("outgoing_classification_idx").on(t.classificationCode),
    index("outgoing_created_by_idx").on(t.createdBy),
    index("outgoing_reply_idx").on(t.replyToId),
    index("outgoing_search_idx").using("gin", t.searchVector),
    index("outgoing_number_trgm_idx").using("gin", sql`coalesce(${t.number}, '') gin_trgm_ops`),
  ],
);

/**
 * One branch of a disposition tree. The root branches come from the letter's addressee (entered by
 * staff); a recipient passes a branch further down with child branches. A unit or komisi recipient
 * is one branch any of its people can act on.
 */
export const disposisi = pgTable(
  "disposisi",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    letterId: uuid("letter_id")
      .notNull()
      .references(() => incomingLetters.id),
    parentId: uuid("parent_id").references((): AnyPgColumn => disposisi.id),
    depth: smallint("depth").notNull().default(0),
    fromUserId: uuid("from_user_id")
      .notNull()
      .references(() => users.id),
    /** Whose instruction this is, e.g. "Ketua DPRD" when staff enter the leader's handwritten disposition. */
    fromLabel: text("from_label").notNull(),
    recipientKind: disposisiRecipientKind("recipient_kind").notNull(),
    recipientUserId: uuid("recipient_user_id").references(() => users.id),
    recipientUnit: text("recipient_unit"),
    recipientKomisiId: integer("recipient_komisi_id").references(() => komisi.id),
    recipientLabel: text("recipient_label").notNull(),
    instructions: text("instructions").array().notNull(),
    note: text("note"),
    dueOn: date("due_on"),
    status: disposisiStatus("status").notNull().default("dikirim"),
    createdAt: timestamp("created_at", tz).notNull().defaultNow(),
    receivedAt: timestamp("received_at", tz),
    receivedBy: uuid("received_by").references(() => users.id),
    reportNote: text("report_note"),
    reportedAt: timestamp("reported_at", tz),
    reportedBy: uuid("reported_by").references(() => users.id),
    closedAt: timestamp("closed_at", tz),
    closedBy: uuid("closed_by").references(() => users.id),
  },
  (t) => [
    check(
      "disposisi_one_recipient",
      sql`(${t.recipientKind} = 'user' and ${t.recipientUserId} is not null and ${t.recipientUnit} is null and ${t.recipientKomisiId} is null)
       or (${t.recipientKind} = 'unit' and ${t.recipientUnit} is not null and ${t.recipientUserId} is null and ${t.recipientKomisiId} is null)
       or (${t.recipientKind} = 'komisi' and ${t.recipientKomisiId} is not null and ${t.recipientUserId} is null and ${t.recipientUnit} is null)`,
    ),
    index("disposisi_letter_idx").on(t.letterId, t.createdAt),
    index("disposisi_parent_idx").on(t.parentId),
    index("disposisi_recipient_user_idx").on(t.recipientUserId),
    index("disposisi_recipient_unit_idx").on(t.recipientUnit),
    index("disposisi_recipient_komisi_idx").on(t.recipientKomisiId),
    index("disposisi_from_idx").on(t.fromUserId),
    index("disposisi_open_due_idx").on(t.status, t.dueOn),
  ],
);

/** Corrections keep history: one row per change of a letter with the changed fields before and after. */
export const letterRevisions = pgTable(
  "letter_revisions",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    direction: letterDirection("direction").notNull(),
    letterId: uuid("letter_id").notNull(),
    version: integer("version").notNull(),
    changedBy: uuid("changed_by")
      .notNull()
      .references(() => users.id),
    changedAt: timestamp("changed_at", tz).notNull().defaultNow(),
    reason: text("reason").notNull(),
    changes: jsonb("changes").$type<Record<string, { from: unknown; to: unknown }>>().notNull(),
  },
  (t) => [index("letter_revisions_letter_idx").on(t.direction, t.letterId, t.version)],
);

export const retentionDecision = pgEnum("retention_decision", RETENTION_DECISIONS);

/** A review of a letter past its retention period. Letters are never deleted automatically. */
export const letterRetentionReviews = pgTable(
  "letter_retention_reviews",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    direction: letterDirection("direction").notNull(),
    letterId: uuid("letter_id").notNull(),
    decision: retentionDecision("decision").notNull(),
    note: text("note"),
    reviewedBy: uuid("reviewed_by")
      .notNull()
      .references(() => users.id),
    reviewedAt: timestamp("reviewed_at", tz).notNull().defaultNow(),
  },
  (t) => [index("letter_retention_reviews_letter_idx").on(t.direction, t.letterId, t.reviewedAt)],
);
