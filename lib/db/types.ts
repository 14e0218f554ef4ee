import type { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type * as schema from "./schema";

/** One drizzle type for both drivers (PGlite and postgres.js). A transaction is also a Db. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export type DbKind = "pglite" | "postgres";

export interface DbHandle {
  db: Db;
  kind: DbKind;
  /** Set for PostgreSQL. */
  url?: string;
  /** Set for PGlite. */
  pglite?: PGlite;
  /** Close the underlying connection(s). */
  close: () => Promise<void>;
}
