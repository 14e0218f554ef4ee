import "server-only";
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";
import type { Db, DbHandle } from "./types";

/** PGlite with the extensions the schema uses (pg_trgm). Queries wait for start-up themselves. */
export function openPglite(dataDir: string | undefined, loadDataDir?: Blob): DbHandle {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = new PGlite({ dataDir, extensions: { pg_trgm }, loadDataDir });
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return { db, kind: "pglite", pglite: client, close: () => client.close() };
}

type Unsafe = postgres.Sql["unsafe"];
type Scoped = (sql: postgres.Sql) => unknown;

/**
 * Run drizzle's parameterised queries as prepared statements (drizzle asks postgres.js for an unnamed
 * statement unless a query is given a name). An unnamed statement with parameters costs two round
 * trips on every call: Parse and Describe, wait for the parameter types, then Bind and Execute. A
 * prepared one is described once per connection and then sent as Bind and Execute alone: one round
 * trip, and no parsing of the text again. Transactions and savepoints get a connection-bound `sql` of
 * their own, so they are wrapped too. Plans stay per call (plan_cache_mode in openPostgres).
 */
function withPreparedStatements(sql: postgres.Sql): postgres.Sql {
  const unsafe: Unsafe = sql.unsafe.bind(sql);
  sql.unsafe = ((query: string, args?: unknown[], options?: postgres.UnsafeQueryOptions) =>
    args?.length
      ? unsafe(query, args as postgres.ParameterOrJSON<never>[], { ...options, prepare: true })
      : unsafe(query, args as postgres.ParameterOrJSON<never>[], options)) as Unsafe;
  const scoped = (name: "begin" | "savepoint") => {
    const original = (sql as unknown as Record<string, ((...a: unknown[]) => unknown) | undefined>)[name];
    if (!original) return;
    (sql as unknown as Record<string, unknown>)[name] = (...a: unknown[]) => {
      const fn = a.pop() as Scoped;
      return original.call(sql, ...a, (inner: postgres.Sql) => fn(withPreparedStatements(inner)));
    };
  };
  scoped("begin");
  scoped("savepoint");
  return sql;
}

/** postgres.js pool for a real PostgreSQL server. */
export function openPostgres(url: string, max = 10): DbHandle {
  const client = postgres(url, {
    max,
    onnotice: () => {},
    connect_timeout: 5,
    idle_timeout: 60,
    // Prepared statements (withPreparedStatements) are still planned for their parameters on every
    // call, as unnamed ones were: a generic plan could ignore a search term or a filter's selectivity.
    connection: { application_name: "si-dilan", plan_cache_mode: "force_custom_plan" },
  });
  const db = drizzlePostgres({ client: withPreparedStatements(client), schema }) as unknown as Db;
  return { db, kind: "postgres", url, close: () => client.end({ timeout: 5 }) };
}
