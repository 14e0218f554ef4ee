import { boolean, date, index, integer, pgTable, primaryKey, serial, text, unique } from "drizzle-orm/pg-core";

/** An election period (e.g. 2024-2029); dapil belong to a period because boundaries change. */
export const electionPeriods = pgTable("election_periods", {
  id: serial("id").primaryKey(),
  name: text("name").notNull().unique(),
  startsOn: date("starts_on").notNull(),
  endsOn: date("ends_on").notNull(),
  isActive: boolean("is_active").notNull().default(false),
});

export const kecamatan = pgTable("kecamatan", {
  id: serial("id").primaryKey(),
  code: text("code").notNull().unique(),
  name: text("name").notNull().unique(),
});

export const kelurahan = pgTable(
  "kelurahan",
  {
    id: serial("id").primaryKey(),
    kecamatanId: integer("kecamatan_id")
      .notNull()
      .references(() => kecamatan.id),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
  },
  (t) => [
    unique("kelurahan_kecamatan_name_uq").on(t.kecamatanId, t.name),
    index("kelurahan_kecamatan_idx").on(t.kecamatanId),
  ],
);

export const dapil = pgTable(
  "dapil",
  {
    id: serial("id").primaryKey(),
    periodId: integer("period_id")
      .notNull()
      .references(() => electionPeriods.id),
    number: integer("number").notNull(),
    name: text("name").notNull(),
    seats: integer("seats").notNull(),
  },
  (t) => [unique("dapil_period_number_uq").on(t.periodId, t.number), index("dapil_period_idx").on(t.periodId)],
);

/** Which kecamatan make up a dapil (in Balikpapan 2024: exactly one each). */
export const dapilKecamatan = pgTable(
  "dapil_kecamatan",
  {
    dapilId: integer("dapil_id")
      .notNull()
      .references(() => dapil.id, { onDelete: "cascade" }),
    kecamatanId: integer("kecamatan_id")
      .notNull()
      .references(() => kecamatan.id),
  },
  (t) => [primaryKey({ columns: [t.dapilId, t.kecamatanId] }), index("dapil_kecamatan_kec_idx").on(t.kecamatanId)],
);

export const komisi = pgTable("komisi", {
  id: serial("id").primaryKey(),
  name: text("name").notNull().unique(),
  field: text("field").notNull(),
  isActive: boolean("is_active").notNull().default(true),
});

export const fraksi = pgTable("fraksi", {
  id: serial("id").primaryKey(),
  name: text("name").notNull().unique(),
  seats: integer("seats").notNull().default(0),
  isActive: boolean("is_active").notNull().default(true),
});

/** Archive classification codes (Permendagri 83/2022), editable by admins. */
export const classificationCodes = pgTable(
  "classification_codes",
  {
    code: text("code").primaryKey(),
    title: text("title").notNull(),
    parentCode: text("parent_code"),
    level: integer("level").notNull(),
    retentionActiveYears: integer("retention_active_years"),
    retentionInactiveYears: integer("retention_inactive_years"),
    isActive: boolean("is_active").notNull().default(true),
  },
  (t) => [index("classification_parent_idx").on(t.parentCode)],
);

/** Public holidays and cuti bersama; working-day arithmetic skips these and weekends. */
export const holidays = pgTable("holidays", {
  date: date("date").primaryKey(),
  name: text("name").notNull(),
});
