import { customType } from "drizzle-orm/pg-core";
import { wellFormed } from "../well-formed";

/** Binary column. PGlite returns Uint8Array, postgres.js returns Buffer: both become Buffer. */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  toDriver: (value) => value,
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/** Full-text search vector; only ever written by a generated column. */
export const tsvector = customType<{ data: string }>({
  dataType: () => "tsvector",
});

/** timestamptz helper options used by every table. */
export const tz = { withTimezone: true, mode: "date" } as const;

/**
 * JSON column, as drizzle's own jsonb but written well-formed (lib/db/well-formed.ts): a lone surrogate in a
 * text a caller sent (a rich-text field of the minutes, say) is stored as U+FFFD instead of making PostgreSQL
 * refuse the whole statement. Read back as drizzle does: postgres.js and PGlite parse JSON themselves.
 */
export const jsonb = customType<{ data: unknown; driverData: unknown }>({
  dataType: () => "jsonb",
  toDriver: (value) => JSON.stringify(wellFormed(value)),
  fromDriver: (value) => {
    if (typeof value !== "string") return value;
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  },
});
