import {
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  serial,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { RESES_REPORT_STATUSES } from "@/lib/reses/constants";
import { users } from "./users";
import { bytea, jsonb, tz } from "./types";

export const resesReportStatus = pgEnum("reses_report_status", RESES_REPORT_STATUSES);

/** One reses period a year per masa sidang (1..3); reses records belong to it by their date. */
export const resesPeriods = pgTable(
  "reses_periods",
  {
    id: serial("id").primaryKey(),
    year: integer("year").notNull(),
    masaSidang: smallint("masa_sidang").notNull(),
    startsOn: date("starts_on").notNull(),
    endsOn: date("ends_on").notNull(),
    createdAt: timestamp("created_at", tz).notNull().defaultNow(),
  },
  (t) => [unique("reses_periods_year_masa_uq").on(t.year, t.masaSidang)],
);

/** A member's reses days within a period (at most 6). */
export const resesSchedules = pgTable(
  "reses_schedules",
  {
    id: serial("id").primaryKey(),
    periodId: integer("period_id")
      .notNull()
      .references(() => resesPeriods.id),
    memberId: uuid("member_id")
      .notNull()
      .references(() => users.id),
    startsOn: date("starts_on").notNull(),
    endsOn: date("ends_on").notNull(),
  },
  (t) => [
    unique("reses_schedules_period_member_uq").on(t.periodId, t.memberId),
    index("reses_schedules_member_idx").on(t.memberId),
  ],
);

/** The member's Laporan Hasil Reses for a period: figures drafted from the records plus free text. */
export const resesReports = pgTable(
  "reses_reports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    periodId: integer("period_id")
      .notNull()
      .references(() => resesPeriods.id),
    memberId: uuid("member_id")
      .notNull()
      .references(() => users.id),
    status: resesReportStatus("status").notNull().default("draf"),
    /** Snapshot of the drafted figures (events, bidang counts, pokir); see lib/reses/draft.ts. */
    content: jsonb("content").notNull(),
    summary: text("summary").notNull().default(""),
    followUp: text("follow_up").notNull().default(""),
    submittedAt: timestamp("submitted_at", tz),
    acceptedAt: timestamp("accepted_at", tz),
    acceptedBy: uuid("accepted_by").references(() => users.id),
    /** The signed PDF (PAdES, the member's certificate), rendered once at submission; never re-rendered. */
    pdf: bytea("pdf"),
    sha256: text("sha256"),
    createdAt: timestamp("created_at", tz).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", tz).notNull().defaultNow(),
  },
  (t) => [
    unique("reses_reports_period_member_uq").on(t.periodId, t.memberId),
    index("reses_reports_member_idx").on(t.memberId),
  ],
);
