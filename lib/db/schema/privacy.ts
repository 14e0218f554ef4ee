import { index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { tz } from "./types";

/**
 * A citizen's request to see their own data (UU 27/2022): started with a tracking code, confirmed
 * with a one-time code sent to the contact on that record. Only a hash of the one-time code is kept.
 */
export const privacyRequests = pgTable(
  "privacy_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    trackingCode: text("tracking_code").notNull(),
    codeHash: text("code_hash").notNull(),
    attempts: integer("attempts").notNull().default(0),
    expiresAt: timestamp("expires_at", tz).notNull(),
    usedAt: timestamp("used_at", tz),
    createdAt: timestamp("created_at", tz).notNull().defaultNow(),
  },
  (t) => [index("privacy_requests_expires_idx").on(t.expiresAt)],
);
