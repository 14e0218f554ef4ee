import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  smallint,
  text,
  timestamp,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { POKIR_PRIORITIES, POKIR_SOURCES, POKIR_STATUSES } from "@/lib/pokir/constants";
import { dapil, kecamatan, kelurahan } from "./areas";
import { aspirations } from "./aspirations";
import { users } from "./users";
import { jsonb, tsvector, tz } from "./types";

export const pokirStatus = pgEnum("pokir_status", POKIR_STATUSES);
export const pokirSource = pgEnum("pokir_source", POKIR_SOURCES);
export const pokirPriority = pgEnum("pokir_priority", POKIR_PRIORITIES);

/**
 * One pokir round for a plan year (RKPD). Submissions are open between opensAt and closesAt; the
 * close is at the latest 7 days before the Musrenbang RKPD (Permendagri 86/2017).
 */
export const pokirPeriods = pgTable("pokir_periods", {
  id: serial("id").primaryKey(),
  planYear: integer("plan_year").notNull().unique(),
  name: text("name").notNull(),
  opensAt: timestamp("opens_at", tz).notNull(),
  closesAt: timestamp("closes_at", tz).notNull(),
  musrenbangOn: date("musrenbang_on").notNull(),
  /** Adopted lists frozen and member lists locked. */
  finalizedAt: timestamp("finalized_at", tz),
  sipdEnteredAt: timestamp("sipd_entered_at", tz),
  createdAt: timestamp("created_at", tz).notNull().defaultNow(),
});

/** City agencies (OPD) that receive pokir. */
export const pokirOpd = pgTable("pokir_opd", {
  id: serial("id").primaryKey(),
  code: text("code").notNull().unique(),
  name: text("name").notNull().unique(),
  isActive: boolean("is_active").notNull().default(true),
});

/** Bidang/urusan pemerintahan, with the OPD that usually handles it. */
export const pokirBidang = pgTable("pokir_bidang", {
  id: serial("id").primaryKey(),
  code: text("code").notNull().unique(),
  name: text("name").notNull().unique(),
  defaultOpdId: integer("default_opd_id").references(() => pokirOpd.id),
  /** Retired bidang stay (proposals reference them) but are no longer offered. */
  isActive: boolean("is_active").notNull().default(true),
});

/** A member's recess visit; pokir collected there link to it. */
export const resesRecords = pgTable(
  "reses_records",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    memberId: uuid("member_id")
      .notNull()
      .references(() => users.id),
    heldOn: date("held_on").notNull(),
    place: text("place").notNull(),
    kelurahanId: integer("kelurahan_id")
      .notNull()
      .references(() => kelurahan.id),
    attendees: integer("attendees").notNull().default(0),
    notes: text("notes"),
    createdAt: timestamp("created_at", tz).notNull().defaultNow(),
  },
  (t) => [index("reses_member_idx").on(t.memberId, t.heldOn.desc())],
);

/** A pokir proposal from a citizen, a reses or an aspiration. */
export const pokirProposals = pgTable(
  "pokir_proposals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    trackingCode: text("tracking_code").notNull().unique(),
    periodId: integer("period_id")
      .notNull()
      .references(() => pokirPeriods.id),
    source: pokirSource("source").notNull().default("citizen"),
    aspirationId: uuid("aspiration_id").references(() => aspirations.id),
    resesId: uuid("reses_id").references(() => resesRecords.id),
    proposerName: text("proposer_name").notNull(),
    proposerGroup: text("proposer_group"),
    proposerPhone: text("proposer_phone"),
    proposerEmail: text("proposer_email"),
    consentAt: timestamp("consent_at", tz),
    title: text("title").notNull(),
    masalah: text("masalah").notNull(),
    usulan: text("usulan").notNull(),
    kecamatanId: integer("kecamatan_id")
      .notNull()
      .references(() => kecamatan.id),
    kelurahanId: integer("kelurahan_id")
      .notNull()
      .references(() => kelurahan.id),
    dapilId: integer("dapil_id").references(() => dapil.id),
    rt: text("rt").notNull(),
    rw: text("rw"),
    address: text("address").notNull(),
    latitude: doublePrecision("latitude"),
    longitude: doublePrecision("longitude"),
    bidangId: integer("bidang_id").references(() => pokirBidang.id),
    opdId: integer("opd_id").references(() => pokirOpd.id),
    volume: numeric("volume", { precision: 14, scale: 2, mode: "number" }).notNull(),
    unit: text("unit").notNull(),
    estimatedCost: bigint("estimated_cost", { mode: "number" }),
    priority: pokirPriority("priority").notNull().default("sedang"),
    status: pokirStatus("status").notNull().default("diajukan"),
    statusReason: text("status_reason"),
    /** The one adopting member; set by a conditional UPDATE so two members can never both adopt. */
    adoptedBy: uuid("adopted_by").references(() => users.id),
    adoptedAt: timestamp("adopted_at", tz),
    mergedIntoId: uuid("merged_into_id").references((): AnyPgColumn => pokirProposals.id),
    sipdEntered: boolean("sipd_entered").notNull().default(false),
    sipdEnteredAt: timestamp("sipd_entered_at", tz),
    outcomeReason: text("outcome_reason"),
    outcomeAt: timestamp("outcome_at", tz),
    version: integer("version").notNull().default(1),
    correctionTokenHash: text("correction_token_hash"),
    correctionTokenExpiresAt: timestamp("correction_token_expires_at", tz),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", tz).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", tz).notNull().defaultNow(),
    searchVector: tsvector("search_vector").generatedAlwaysAs(
      (): ReturnType<typeof sql> =>
        sql`setweight(to_tsvector('indonesian', coalesce(${pokirProposals.title}, '')), 'A') || setweight(to_tsvector('indonesian', coalesce(${pokirProposals.usulan}, '') || ' ' || coalesce(${pokirProposals.masalah}, '')), 'B')`,
    ),
  },
  (t) => [
    index("pokir_dapil_created_idx").on(t.dapilId, t.createdAt.desc(), t.id.desc()),
    index("pokir_period_status_idx").on(t.periodId, t.status),
    index("pokir_adopted_idx").on(t.adoptedBy, t.periodId),
    index("pokir_kelurahan_idx").on(t.kelurahanId),
    index("pokir_bidang_idx").on(t.bidangId),
    index("pokir_opd_idx").on(t.opdId),
    // Set on few proposals, and only asked for by value: a citizen's proposal writes no entry into these.
    index("pokir_reses_idx")
      .on(t.resesId)
      .where(sql`${t.resesId} is not null`),
    index("pokir_aspiration_idx")
      .on(t.aspirationId)
      .where(sql`${t.aspirationId} is not null`),
    index("pokir_merged_idx")
      .on(t.mergedIntoId)
      .where(sql`${t.mergedIntoId} is not null`),
    index("pokir_search_idx").using("gin", t.searchVector),
    index("pokir_title_trgm_idx").using("gin", sql`${t.title} gin_trgm_ops`),
  ],
);

/** Other members' support for a pokir someone else adopted (or that is still open). */
export const pokirEndorsements = pgTable(
  "pokir_endorsements",
  {
    proposalId: uuid("proposal_id")
      .notNull()
      .references(() => pokirProposals.id, { onDelete: "cascade" }),
    memberId: uuid("member_id")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", tz).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.proposalId, t.memberId] }), index("pokir_endorsements_member_idx").on(t.memberId)],
);

/** Status changes, notes and edits of a pokir, each with actor and time (the citizen's timeline). */
export const pokirEvents = pgTable(
  "pokir_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    proposalId: uuid("proposal_id")
      .notNull()
      .references(() => pokirProposals.id, { onDelete: "cascade" }),
    at: timestamp("at", tz).notNull().defaultNow(),
    actorId: uuid("actor_id").references(() => users.id),
    /** "status" | "note" | "edit" | "endorse" | "merge" | "correction" | "reses" */
    kind: text("kind").notNull(),
    fromStatus: pokirStatus("from_status"),
    toStatus: pokirStatus("to_status"),
    publicNote: text("public_note"),
    internalNote: text("internal_note"),
  },
  (t) => [index("pokir_events_proposal_idx").on(t.proposalId, t.at)],
);

/** The content of a proposal before each correction (version n is what was replaced). */
export const pokirVersions = pgTable(
  "pokir_versions",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    proposalId: uuid("proposal_id")
      .notNull()
      .references(() => pokirProposals.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    data: jsonb("data").$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp("created_at", tz).notNull().defaultNow(),
  },
  (t) => [index("pokir_versions_proposal_idx").on(t.proposalId, t.version)],
);

/** A member's budget ceiling (pagu) for pokir in one period. */
export const pokirMemberPagu = pgTable(
  "pokir_member_pagu",
  {
    periodId: integer("period_id")
      .notNull()
      .references(() => pokirPeriods.id),
    memberId: uuid("member_id")
      .notNull()
      .references(() => users.id),
    amount: bigint("amount", { mode: "number" }).notNull(),
    priorityOrder: smallint("priority_order"),
  },
  (t) => [primaryKey({ columns: [t.periodId, t.memberId] })],
);

/** Per-member read markers of inbox items (aspirations and pokir). */
export const inboxReads = pgTable(
  "inbox_reads",
  {
    memberId: uuid("member_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    itemType: text("item_type").notNull(),
    itemId: uuid("item_id").notNull(),
    readAt: timestamp("read_at", tz).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.memberId, t.itemType, t.itemId] })],
);
