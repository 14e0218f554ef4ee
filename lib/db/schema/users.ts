import { sql } from "drizzle-orm";
import { boolean, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { ACCOUNT_ROLES } from "@/lib/auth/roles";
import { dapil, fraksi, komisi } from "./areas";
import { tz } from "./types";

export const userRole = pgEnum("user_role", ACCOUNT_ROLES);
export const apiTokenScope = pgEnum("api_token_scope", ["read", "write"]);

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: userRole("role").notNull(),
    isActive: boolean("is_active").notNull().default(true),
    phone: text("phone"),
    nip: text("nip"),
    /** NIK (16 digits); compared with the serialNumber of an imported signer certificate's subject. */
    nik: text("nik"),
    /** Member: "Ketua DPRD", "Wakil Ketua DPRD", "Anggota". Staff: their post, e.g. "Kepala Bagian Umum". */
    position: text("position"),
    /** Staff unit, e.g. "Bagian Umum", "Bagian Persidangan". */
    unit: text("unit"),
    dapilId: integer("dapil_id").references(() => dapil.id),
    komisiId: integer("komisi_id").references(() => komisi.id),
    fraksiId: integer("fraksi_id").references(() => fraksi.id),
    /** Bumped on password change or forced logout: JWTs carrying an older version are refused. */
    sessionVersion: integer("session_version").notNull().default(0),
    /** TOTP secret, AES-GCM encrypted; enabled once confirmed with a first code. */
    totpSecretEnc: text("totp_secret_enc"),
    totpEnabledAt: timestamp("totp_enabled_at", tz),
    /** Last accepted TOTP time step: a code is never accepted twice. */
    totpLastStep: integer("totp_last_step"),
    lastLoginAt: timestamp("last_login_at", tz),
    createdAt: timestamp("created_at", tz).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", tz).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("users_email_uq").on(sql`lower(${t.email})`),
    index("users_dapil_idx").on(t.dapilId),
    index("users_komisi_idx").on(t.komisiId),
    index("users_fraksi_idx").on(t.fraksiId),
  ],
);

/** Personal API tokens for staff machine clients; only a SHA-256 of the secret is stored. */
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    name: text("name").notNull(),
    prefix: text("prefix").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    scope: apiTokenScope("scope").notNull(),
    createdAt: timestamp("created_at", tz).notNull().defaultNow(),
    lastUsedAt: timestamp("last_used_at", tz),
    expiresAt: timestamp("expires_at", tz),
    revokedAt: timestamp("revoked_at", tz),
  },
  (t) => [index("api_tokens_user_idx").on(t.userId)],
);

/**
 * Server-side record of each login, referenced by the session token: gives idle and absolute
 * lifetimes, logout that really ends the session, and "end my other sessions".
 */
export const userSessions = pgTable(
  "user_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", tz).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", tz).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", tz).notNull(),
    revokedAt: timestamp("revoked_at", tz),
    ipHash: text("ip_hash"),
    userAgent: text("user_agent"),
  },
  (t) => [index("user_sessions_user_idx").on(t.userId)],
);

/** One-time recovery codes for the second factor; only hashes are stored. */
export const userRecoveryCodes = pgTable(
  "user_recovery_codes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    codeHash: text("code_hash").notNull(),
    usedAt: timestamp("used_at", tz),
    createdAt: timestamp("created_at", tz).notNull().defaultNow(),
  },
  (t) => [index("user_recovery_codes_user_idx").on(t.userId)],
);

/**
 * One-time links to set a password (first login of an account created by an operator or an import).
 * Only a SHA-256 of the token is stored; a token works once and until `expiresAt`.
 */
export const passwordSetupTokens = pgTable(
  "password_setup_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    tokenHash: text("token_hash").notNull().unique(),
    expiresAt: timestamp("expires_at", tz).notNull(),
    usedAt: timestamp("used_at", tz),
    createdAt: timestamp("created_at", tz).notNull().defaultNow(),
  },
  (t) => [index("password_setup_tokens_user_idx").on(t.userId)],
);
