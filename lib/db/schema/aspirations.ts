import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  index,
  integer,
  pgEnum,
  pgTable,
  serial,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { ASPIRATION_STATUSES, CHANNELS } from "@/lib/aspirations/constants";
import { dapil, kecamatan, kelurahan, komisi } from "./areas";
import { users } from "./users";
import { tsvector, tz } from "./types";

export const aspirationStatus = pgEnum("aspiration_status", ASPIRATION_STATUSES);

export const aspirationChannel = pgEnum("aspiration_channel", CHANNELS);

/** Admin-editable categories (infrastruktur, pendidikan, ...). */
export const aspirationCategories = pgTable("aspiration_categories", {
  id: serial("id").primaryKey(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  sortOrder: integer("sort_order").notNull().default(0),
  isActive: boolean("is_active").notNull().default(true),
});

/**
 * A citizen's aspiration (SIAP). `dapilId` is derived from the kecamatan at submission so the member
 * inbox can scope by one indexed column. Reporter fields stay NULL for anonymous submissions.
 */
export const aspirations = pgTable(
  "aspirations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    trackingCode: text("tracking_code").notNull().unique(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    categoryId: integer("category_id")
      .notNull()
      .references(() => aspirationCategories.id),
    kecamatanId: integer("kecamatan_id").references(() => kecamatan.id),
    kelurahanId: integer("kelurahan_id").references(() => kelurahan.id),
    dapilId: integer("dapil_id").references(() => dapil.id),
    isCitywide: boolean("is_citywide").notNull().default(false),
    address: text("address"),
    channel: aspirationChannel("channel").notNull().default("web"),
    isAnonymous: boolean("is_anonymous").notNull().default(false),
    isConfidential: boolean("is_confidential").notNull().default(false),
    reporterName: text("reporter_name"),
    reporterPhone: text("reporter_phone"),
    reporterEmail: text("reporter_email"),
    consentAt: timestamp("consent_at", tz),
    status: aspirationStatus("status").notNull().default("diterima"),
    /** Routed to the members of the dapil (set at verification). */
    routedToDapil: boolean("routed_to_dapil").notNull().default(false),
    routedKomisiId: integer("routed_komisi_id").references(() => komisi.id),
    assignedMemberId: uuid("assigned_member_id").references(() => users.id),
    mergedIntoId: uuid("merged_into_id").references((): AnyPgColumn => aspirations.id),
    externalAgency: text("external_agency"),
    /** Channel-specific id (WhatsApp message id, e-mail Message-ID) so a redelivery creates nothing. */
    sourceRef: text("source_ref"),
    createdBy: uuid("created_by").references(() => users.id),
    verifiedAt: timestamp("verified_at", tz),
    firstResponseAt: timestamp("first_response_at", tz),
    closedAt: timestamp("closed_at", tz),
    reopenCount: smallint("reopen_count").notNull().default(0),
    rating: smallint("rating"),
    ratingComment: text("rating_comment"),
    ratedAt: timestamp("rated_at", tz),
    createdAt: timestamp("created_at", tz).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", tz).notNull().defaultNow(),
    searchVector: tsvector("search_vector").generatedAlwaysAs(
      (): ReturnType<typeof sql> =>
        sql`setweight(to_tsvector('indonesian', coalesce(${aspirations.title}, '')), 'A') || setweight(to_tsvector('indonesian', coalesce(${aspirations.body}, '')), 'B')`,
    ),
  },
  (t) => [
    index("aspirations_dapil_created_idx").on(t.dapilId, t.createdAt.desc(), t.id.desc()),
    // Columns that stay NULL on a new submission (routing, merging, the channel's message id) are indexed only
    // where set: each query on them asks for a value (`= x`), and a submission then writes no entry into them.
    index("aspirations_komisi_created_idx")
      .on(t.routedKomisiId, t.createdAt.desc(), t.id.desc())
      .where(sql`${t.routedKomisiId} is not null`),
    index("aspirations_status_created_idx").on(t.status, t.createdAt.desc()),
    index("aspirations_category_idx").on(t.categoryId),
    // The member inbox's kelurahan filter walks this in order (newest first) instead of sorting.
    index("aspirations_kelurahan_created_idx").on(t.kelurahanId, t.createdAt.desc(), t.id.desc()),
    // The public list: verified, non-confidential items newest first (keyset pages, capped counts).
    index("aspirations_public_created_idx")
      .on(t.createdAt.desc(), t.id.desc())
      .where(
        sql`${t.isConfidential} = false and ${t.status} in ('diverifikasi', 'ditindaklanjuti', 'selesai', 'dialihkan')`,
      ),
    index("aspirations_kecamatan_idx").on(t.kecamatanId),
    // Member profile figures: aspirations routed to a dapil or a komisi, by routing date.
    // Their extra columns let the counts run as index-only scans (1,000,000 rows).
    index("aspirations_routed_dapil_verified_idx")
      .on(t.dapilId, t.verifiedAt, t.status)
      .where(sql`${t.routedToDapil}`),
    index("aspirations_komisi_verified_idx")
      .on(t.routedKomisiId, t.verifiedAt, t.status, t.dapilId, t.routedToDapil)
      .where(sql`${t.routedKomisiId} is not null`),
    index("aspirations_merged_idx")
      .on(t.mergedIntoId)
      .where(sql`${t.mergedIntoId} is not null`),
    // A redelivered WhatsApp or e-mail message is refused by this (submit.ts catches the violation).
    uniqueIndex("aspirations_source_ref_idx")
      .on(t.sourceRef)
      .where(sql`${t.sourceRef} is not null`),
    index("aspirations_search_idx").using("gin", t.searchVector),
    index("aspirations_title_trgm_idx").using("gin", sql`${t.title} gin_trgm_ops`),
  ],
);

/** Every status change and note on an aspiration, with actor and time. */
export const aspirationEvents = pgTable(
  "aspiration_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    aspirationId: uuid("aspiration_id")
      .notNull()
      .references(() => aspirations.id, { onDelete: "cascade" }),
    at: timestamp("at", tz).notNull().defaultNow(),
    actorId: uuid("actor_id").references(() => users.id),
    /** "status" | "answer" | "note" | "rating" | "reopen" | "merge" | "edit" */
    kind: text("kind").notNull(),
    fromStatus: aspirationStatus("from_status"),
    toStatus: aspirationStatus("to_status"),
    publicNote: text("public_note"),
    internalNote: text("internal_note"),
  },
  (t) => [
    index("aspiration_events_aspiration_idx").on(t.aspirationId, t.at),
    // A member's public answers (profile figures: answered, time to first answer).
    index("aspiration_events_answer_actor_idx")
      .on(t.actorId, t.aspirationId, t.at)
      .where(sql`${t.publicNote} is not null`),
  ],
);
