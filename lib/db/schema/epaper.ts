import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  serial,
  text,
  timestamp,
  unique,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import {
  DELEGATION_MODES,
  DELIVERY_CHANNELS,
  DELIVERY_KINDS,
  EPAPER_STATUSES,
  PARAF_STATUSES,
} from "@/lib/epaper/constants";
import { classificationCodes } from "./areas";
import { letterNature, outgoingLetters } from "./letters";
import { outboxMessages } from "./platform";
import { bytea, jsonb, tz } from "./types";
import { users } from "./users";

export const epaperStatus = pgEnum("epaper_status", EPAPER_STATUSES);
export const parafStatus = pgEnum("paraf_status", PARAF_STATUSES);
export const delegationMode = pgEnum("delegation_mode", DELEGATION_MODES);
export const deliveryKind = pgEnum("epaper_delivery_kind", DELIVERY_KINDS);
export const deliveryChannel = pgEnum("epaper_delivery_channel", DELIVERY_CHANNELS);

/** One person on a letter: name (and address lines), e-mail when they have one. */
export interface LetterParty {
  name: string;
  address?: string;
  email?: string;
}

/** A paraf step of a template's chain: the position that initials (resolved to an active account). */
export interface ChainStepConfig {
  label: string;
  position: string;
}

/** Letter types (surat biasa, undangan, nota dinas, surat tugas) with their body and paraf chain. */
export const epaperTemplates = pgTable("epaper_templates", {
  id: serial("id").primaryKey(),
  code: text("code").notNull().unique(),
  name: text("name").notNull(),
  /** The title printed above the number for letter types that have one (NOTA DINAS, SURAT TUGAS). */
  heading: text("heading"),
  defaultSubject: text("default_subject").notNull().default(""),
  defaultClassification: text("default_classification").references(() => classificationCodes.code),
  body: text("body").notNull(),
  chain: jsonb("chain").$type<ChainStepConfig[]>().notNull(),
  isActive: boolean("is_active").notNull().default(true),
});

/** Delegations: the delegate signs for the principal "a.n." or as "Plh." between two dates (inclusive). */
export const epaperDelegations = pgTable(
  "epaper_delegations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    principalId: uuid("principal_id")
      .notNull()
      .references(() => users.id),
    delegateId: uuid("delegate_id")
      .notNull()
      .references(() => users.id),
    mode: delegationMode("mode").notNull(),
    startsOn: date("starts_on").notNull(),
    endsOn: date("ends_on").notNull(),
    note: text("note"),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", tz).notNull().defaultNow(),
    revokedAt: timestamp("revoked_at", tz),
  },
  (t) => [
    check("epaper_delegation_dates", sql`${t.endsOn} >= ${t.startsOn}`),
    index("epaper_delegations_delegate_idx").on(t.delegateId, t.startsOn),
  ],
);

/**
 * An outgoing letter born digital: drafted from a template, initialled along its chain, signed
 * (numbered from the outgoing register and registered there at that moment), then sent.
 */
export const epaperLetters = pgTable(
  "epaper_letters",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    templateId: integer("template_id")
      .notNull()
      .references(() => epaperTemplates.id),
    status: epaperStatus("status").notNull().default("draf"),
    nature: letterNature("nature").notNull().default("biasa"),
    attachmentsNote: text("attachments_note"),
    subject: text("subject").notNull(),
    recipients: jsonb("recipients").$type<LetterParty[]>().notNull(),
    copies: jsonb("copies").$type<LetterParty[]>().notNull().default([]),
    body: text("body").notNull(),
    classificationCode: text("classification_code")
      .notNull()
      .references(() => classificationCodes.code),
    /** The principal signer (Ketua DPRD, a Wakil Ketua, a chair, the Sekretaris DPRD). */
    signerId: uuid("signer_id")
      .notNull()
      .references(() => users.id),
    signerPosition: text("signer_position").notNull(),
    revision: integer("revision").notNull().default(0),
    /** Index of the paraf step waiting (0-based) while status is `paraf`. */
    currentStep: integer("current_step").notNull().default(0),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", tz).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", tz).notNull().defaultNow(),
    // Set at signing:
    outgoingLetterId: uuid("outgoing_letter_id")
      .unique()
      .references(() => outgoingLetters.id),
    number: text("number"),
    letterDate: date("letter_date"),
    code: text("code").unique(),
    pdf: bytea("pdf"),
    sha256: text("sha256"),
    signedAt: timestamp("signed_at", tz),
    signedBy: uuid("signed_by").references(() => users.id),
    delegationId: uuid("delegation_id").references(() => epaperDelegations.id),
    certificateSubject: text("certificate_subject"),
    // Corrections: a new letter supersedes a signed one.
    supersedesId: uuid("supersedes_id").references((): AnyPgColumn => epaperLetters.id),
    correctionReason: text("correction_reason"),
    supersededAt: timestamp("superseded_at", tz),
  },
  (t) => [
    check(
      "epaper_signed_complete",
      sql`${t.status} <> 'ditandatangani' or (${t.pdf} is not null and ${t.number} is not null and ${t.code} is not null)`,
    ),
    index("epaper_status_idx").on(t.status, t.updatedAt),
    index("epaper_signer_idx").on(t.signerId, t.status),
    index("epaper_created_by_idx").on(t.createdBy),
  ],
);

/** Autosaved versions of a draft (the content at each save). */
export const epaperVersions = pgTable(
  "epaper_versions",
  {
    id: serial("id").primaryKey(),
    letterId: uuid("letter_id")
      .notNull()
      .references(() => epaperLetters.id),
    revision: integer("revision").notNull(),
    content: jsonb("content").$type<Record<string, unknown>>().notNull(),
    savedBy: uuid("saved_by")
      .notNull()
      .references(() => users.id),
    savedAt: timestamp("saved_at", tz).notNull().defaultNow(),
  },
  (t) => [unique("epaper_versions_letter_rev_uq").on(t.letterId, t.revision)],
);

/** The paraf chain of one letter, resolved from its template when it is submitted. */
export const epaperParafs = pgTable(
  "epaper_parafs",
  {
    id: serial("id").primaryKey(),
    letterId: uuid("letter_id")
      .notNull()
      .references(() => epaperLetters.id),
    position: integer("position").notNull(),
    label: text("label").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    status: parafStatus("status").notNull().default("menunggu"),
    note: text("note"),
    round: integer("round").notNull().default(1),
    actedAt: timestamp("acted_at", tz),
  },
  (t) => [
    index("epaper_parafs_letter_idx").on(t.letterId, t.round, t.position),
    index("epaper_parafs_user_idx").on(t.userId, t.status),
  ],
);

/** Each copy sent: to an addressee or a tembusan, by e-mail (through the outbox) or printed. */
export const epaperDeliveries = pgTable(
  "epaper_deliveries",
  {
    id: serial("id").primaryKey(),
    letterId: uuid("letter_id")
      .notNull()
      .references(() => epaperLetters.id),
    kind: deliveryKind("kind").notNull(),
    channel: deliveryChannel("channel").notNull(),
    name: text("name").notNull(),
    email: text("email"),
    outboxId: uuid("outbox_id").references(() => outboxMessages.id),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", tz).notNull().defaultNow(),
  },
  (t) => [index("epaper_deliveries_letter_idx").on(t.letterId)],
);
