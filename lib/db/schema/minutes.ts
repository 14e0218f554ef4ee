import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  text,
  time,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { MEETING_BODY_KINDS } from "@/lib/minutes/constants";
import { ATTENDANCE_STATUSES, QUORUM_RULES } from "@/lib/minutes/quorum";
import { MINUTES_STATUSES } from "@/lib/minutes/workflow-rules";
import { komisi } from "./areas";
import { users } from "./users";
import { bytea, jsonb, tz } from "./types";

/** Who makes up a meeting type's body: every member, the pimpinan, one komisi, all komisi, or a list kept by the admin. */
export const meetingBodyKind = pgEnum("meeting_body_kind", MEETING_BODY_KINDS);
export const meetingNature = pgEnum("meeting_nature", ["terbuka", "tertutup"]);
/** UU 23/2014 art. 183: more than half, at least two thirds, at least three quarters. */
export const quorumRule = pgEnum("quorum_rule", QUORUM_RULES);
export const attendanceStatus = pgEnum("attendance_status", ATTENDANCE_STATUSES);
export const minutesStatus = pgEnum("minutes_status", MINUTES_STATUSES);
export const correctionStatus = pgEnum("minutes_correction_status", ["diajukan", "diterima", "ditolak"]);
export const signerRole = pgEnum("minutes_signer_role", ["ketua", "sekretaris"]);
export const certificateSource = pgEnum("signer_certificate_source", ["organisasi", "impor"]);

/** Admin-editable meeting types (rapat paripurna, komisi I, Banggar, ...). */
export const meetingTypes = pgTable("meeting_types", {
  id: serial("id").primaryKey(),
  name: text("name").notNull().unique(),
  bodyKind: meetingBodyKind("body_kind").notNull(),
  /** Set when bodyKind = komisi. */
  komisiId: integer("komisi_id").references(() => komisi.id),
  defaultNature: meetingNature("default_nature").notNull(),
  defaultQuorumRule: quorumRule("default_quorum_rule").notNull().default("lebih_setengah"),
  /** Days members may propose corrections after the draft is sent for review. */
  correctionDays: integer("correction_days").notNull().default(4),
  /** Whether correctionDays counts working days (SLA calendar: weekends and holidays skipped) or calendar days. */
  correctionDayKind: text("correction_day_kind", { enum: ["kerja", "kalender"] })
    .notNull()
    .default("kerja"),
  sortOrder: integer("sort_order").notNull().default(0),
  isActive: boolean("is_active").notNull().default(true),
});

/** Members of bodies kept as a list (Banggar, Bamus, Bapemperda, BK, pansus). */
export const meetingTypeMembers = pgTable(
  "meeting_type_members",
  {
    meetingTypeId: integer("meeting_type_id")
      .notNull()
      .references(() => meetingTypes.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.meetingTypeId, t.userId] }), index("meeting_type_members_user_idx").on(t.userId)],
);

export const meetings = pgTable(
  "meetings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    typeId: integer("type_id")
      .notNull()
      .references(() => meetingTypes.id),
    title: text("title").notNull(),
    nature: meetingNature("nature").notNull(),
    quorumRule: quorumRule("quorum_rule").notNull(),
    date: date("date").notNull(),
    startTime: time("start_time").notNull(),
    endTime: time("end_time"),
    place: text("place").notNull(),
    chairId: uuid("chair_id")
      .notNull()
      .references(() => users.id),
    secretaryId: uuid("secretary_id")
      .notNull()
      .references(() => users.id),
    createdBy: uuid("created_by").references(() => users.id),
    /** Marks seeded demo meetings so the seeder stays idempotent. */
    demoKey: text("demo_key").unique(),
    createdAt: timestamp("created_at", tz).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", tz).notNull().defaultNow(),
  },
  (t) => [
    index("meetings_date_idx").on(t.date),
    index("meetings_type_idx").on(t.typeId),
    index("meetings_chair_idx").on(t.chairId),
    index("meetings_secretary_idx").on(t.secretaryId),
  ],
);

export const meetingAgendaItems = pgTable(
  "meeting_agenda_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    title: text("title").notNull(),
  },
  (t) => [index("meeting_agenda_meeting_idx").on(t.meetingId, t.position)],
);

export const meetingGuests = pgTable(
  "meeting_guests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    name: text("name").notNull(),
    institution: text("institution").notNull(),
    role: text("role"),
  },
  (t) => [index("meeting_guests_meeting_idx").on(t.meetingId, t.position)],
);

/** One row per body member, snapshotted at meeting creation; status NULL = not recorded yet. */
export const meetingAttendance = pgTable(
  "meeting_attendance",
  {
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    status: attendanceStatus("status"),
    arrivedAt: time("arrived_at"),
    recordedBy: uuid("recorded_by").references(() => users.id),
    recordedAt: timestamp("recorded_at", tz),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.userId] }), index("meeting_attendance_user_idx").on(t.userId)],
);

/** The minutes of one meeting: the current draft content and its workflow state. */
export const minutes = pgTable(
  "minutes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    meetingId: uuid("meeting_id")
      .notNull()
      .unique()
      .references(() => meetings.id, { onDelete: "cascade" }),
    status: minutesStatus("status").notNull().default("draf"),
    content: jsonb("content").$type<Record<string, unknown>>().notNull(),
    /** Number of the latest version; every save adds one. */
    revision: integer("revision").notNull().default(0),
    reviewStartedAt: timestamp("review_started_at", tz),
    correctionDeadline: timestamp("correction_deadline", tz),
    finalizedAt: timestamp("finalized_at", tz),
    publishedAt: timestamp("published_at", tz),
    /** Reason of a correction after signing, carried to the next document version. */
    pendingCorrection: text("pending_correction"),
    updatedAt: timestamp("updated_at", tz).notNull().defaultNow(),
  },
  (t) => [index("minutes_status_idx").on(t.status)],
);

/** Every save of the draft (autosave included) is a version. */
export const minutesVersions = pgTable(
  "minutes_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    minutesId: uuid("minutes_id")
      .notNull()
      .references(() => minutes.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    content: jsonb("content").$type<Record<string, unknown>>().notNull(),
    authorId: uuid("author_id").references(() => users.id),
    note: text("note"),
    createdAt: timestamp("created_at", tz).notNull().defaultNow(),
  },
  (t) => [unique("minutes_versions_number_uq").on(t.minutesId, t.number)],
);

/** Corrections members propose to a draft within the correction window. */
export const minutesCorrections = pgTable(
  "minutes_corrections",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    minutesId: uuid("minutes_id")
      .notNull()
      .references(() => minutes.id, { onDelete: "cascade" }),
    versionNumber: integer("version_number").notNull(),
    proposerId: uuid("proposer_id")
      .notNull()
      .references(() => users.id),
    section: text("section").notNull(),
    text: text("text").notNull(),
    status: correctionStatus("status").notNull().default("diajukan"),
    response: text("response"),
    respondedBy: uuid("responded_by").references(() => users.id),
    respondedAt: timestamp("responded_at", tz),
    createdAt: timestamp("created_at", tz).notNull().defaultNow(),
  },
  (t) => [index("minutes_corrections_minutes_idx").on(t.minutesId, t.createdAt)],
);

/**
 * A member who attended confirms that the circulated draft needs no correction from them, for one
 * content revision: a later edit of the draft makes the confirmation stale (it counts only while
 * `revision` equals the minutes' revision). Confirming again moves it to the current revision.
 */
export const minutesConfirmations = pgTable(
  "minutes_confirmations",
  {
    minutesId: uuid("minutes_id")
      .notNull()
      .references(() => minutes.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    revision: integer("revision").notNull(),
    createdAt: timestamp("created_at", tz).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.minutesId, t.userId] })],
);

/**
 * A rendered and signed PDF of the minutes. `pdf` holds the bytes as they stand (unsigned, after the
 * chair, after the secretary); once complete they never change and downloads serve them as stored.
 * A correction after signing makes a new document that `supersedes` the old one.
 */
export const minutesDocuments = pgTable(
  "minutes_documents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    minutesId: uuid("minutes_id")
      .notNull()
      .references(() => minutes.id, { onDelete: "cascade" }),
    /** 1, 2, ... per minutes. */
    documentVersion: integer("document_version").notNull(),
    /** Public verification code in the QR code (RSL-XXXX-XXXX). */
    code: text("code").notNull().unique(),
    contentVersion: integer("content_version").notNull(),
    pdf: bytea("pdf").notNull(),
    size: integer("size").notNull(),
    pageCount: integer("page_count").notNull(),
    /** SHA-256 of the final signed bytes (set when both signatures are in). */
    sha256: text("sha256"),
    completedAt: timestamp("completed_at", tz),
    supersedesId: uuid("supersedes_id").references((): AnyPgColumn => minutesDocuments.id),
    supersededAt: timestamp("superseded_at", tz),
    correctionReason: text("correction_reason"),
    publishedAt: timestamp("published_at", tz),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", tz).notNull().defaultNow(),
  },
  (t) => [
    unique("minutes_documents_version_uq").on(t.minutesId, t.documentVersion),
    index("minutes_documents_sha_idx").on(t.sha256),
  ],
);

export const minutesSignatures = pgTable(
  "minutes_signatures",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    documentId: uuid("document_id")
      .notNull()
      .references(() => minutesDocuments.id, { onDelete: "cascade" }),
    role: signerRole("role").notNull(),
    signerId: uuid("signer_id")
      .notNull()
      .references(() => users.id),
    signerName: text("signer_name").notNull(),
    certificateId: uuid("certificate_id").references(() => signerCertificates.id),
    certificateSubject: text("certificate_subject").notNull(),
    certificateIssuer: text("certificate_issuer").notNull(),
    signedAt: timestamp("signed_at", tz).notNull(),
  },
  (t) => [unique("minutes_signatures_role_uq").on(t.documentId, t.role)],
);

/** The organisation CA, kept in the database so every instance shares it. One row per `slot`. */
export const signingAuthorities = pgTable("signing_authorities", {
  id: uuid("id").primaryKey().defaultRandom(),
  slot: text("slot").notNull().unique(),
  name: text("name").notNull(),
  certPem: text("cert_pem").notNull(),
  /** PKCS#8 private key sealed with SIGNING_KEY (AES-256-GCM). */
  keySealed: bytea("key_sealed").notNull(),
  notAfter: timestamp("not_after", tz).notNull(),
  createdAt: timestamp("created_at", tz).notNull().defaultNow(),
});

/** A signer's certificate and key as PKCS#12, sealed with SIGNING_KEY; issued by the organisation CA or imported. */
export const signerCertificates = pgTable(
  "signer_certificates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    source: certificateSource("source").notNull(),
    subject: text("subject").notNull(),
    issuer: text("issuer").notNull(),
    serialNumber: text("serial_number").notNull(),
    fingerprint: text("fingerprint").notNull(),
    certPem: text("cert_pem").notNull(),
    p12Sealed: bytea("p12_sealed").notNull(),
    notBefore: timestamp("not_before", tz).notNull(),
    notAfter: timestamp("not_after", tz).notNull(),
    isActive: boolean("is_active").notNull().default(true),
    /** The chain was verified cryptographically up to a trusted root when the row was stored. */
    chainVerified: boolean("chain_verified").notNull().default(false),
    /** An admin imported it despite failed checks: { checks: codes that failed, reason }. */
    override: jsonb("override").$type<{ checks: string[]; reason: string }>(),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", tz).notNull().defaultNow(),
  },
  (t) => [
    index("signer_certificates_user_idx").on(t.userId),
    // One active certificate per person: issuing on first use cannot race into two.
    uniqueIndex("signer_certificates_active_uq")
      .on(t.userId)
      .where(sql`${t.isActive}`),
  ],
);

/** Root (or intermediate) CA certificates an admin trusts for imported signer certificates, e.g. BSrE. */
export const trustedRoots = pgTable("trusted_roots", {
  id: uuid("id").primaryKey().defaultRandom(),
  subject: text("subject").notNull(),
  issuer: text("issuer").notNull(),
  serialNumber: text("serial_number").notNull(),
  fingerprint: text("fingerprint").notNull().unique(),
  certPem: text("cert_pem").notNull(),
  notBefore: timestamp("not_before", tz).notNull(),
  notAfter: timestamp("not_after", tz).notNull(),
  createdBy: uuid("created_by").references(() => users.id),
  createdAt: timestamp("created_at", tz).notNull().defaultNow(),
});
