import { customType } from "drizzle-orm/pg-core";

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
