import "server-only";
import { getTableColumns, getTableName, sql, type SQL } from "drizzle-orm";
import { getTableConfig, type PgTable } from "drizzle-orm/pg-core";
import { wellFormed } from "./well-formed";

/**
 * Rows of one table sent as one JSON parameter and inserted with `jsonb_populate_recordset`: one statement
 * text for any number of rows, whatever their values (drizzle's multi-row VALUES has a text per row count
 * and per pattern of nulls, each a prepared statement of its own on every connection). Only the columns a
 * row sets are listed, so the others keep their defaults; every row must set the same keys.
 */
export interface JsonRows {
  /** Column names (the database's), in order. */
  columns: string[];
  /** The rows as a JSON array, keyed by column name. */
  json: string;
}

/** The keys a row sets (undefined counts as unset), in a stable order: the statement text depends on them. */
export function keysOf(row: Record<string, unknown>): string[] {
  return Object.keys(row)
    .filter((k) => row[k] !== undefined)
    .sort();
}

/**
 * Encode rows of `table` (drizzle's keys) for `insertJsonRows`. Values go through the column's own encoder
 * (a date becomes its ISO text), except JSON and array columns, which stay JSON. `keys` are the first row's
 * unless given (give them when there may be no rows). Throws on a row that sets other keys, or on a binary
 * value (JSON cannot carry it): both are a caller's mistake.
 */
export function jsonRows(
  table: PgTable,
  rows: Record<string, unknown>[],
  keys: string[] = rows[0] ? keysOf(rows[0]) : [],
): JsonRows {
  const columns = getTableColumns(table);
  const fields = keys.map((k) => {
    const column = columns[k];
    if (!column) throw new Error(`${getTableName(table)} has no column ${k}`);
    // JSON columns (drizzle's own or lib/db/schema/types.ts's jsonb) and arrays go as JSON, not as their text.
    const raw = column.dataType === "array" || ["json", "jsonb"].includes(column.getSQLType());
    return {
      key: k,
      name: column.name,
      encode: raw ? wellFormed : (v: unknown) => wellFormed(column.mapToDriverValue(v)),
    };
  });
  const out = rows.map((row) => {
    // The row sets exactly `keys`: each of them, and no other (counted without sorting).
    let set = 0;
    for (const k in row) if (row[k] !== undefined) set++;
    if (set !== keys.length || fields.some((f) => row[f.key] === undefined))
      throw new Error(`${getTableName(table)}: rows of different shape`);
    const o: Record<string, unknown> = {};
    for (const f of fields) {
      const v = row[f.key];
      const value = v === null ? null : f.encode(v);
      if (value instanceof Uint8Array)
        throw new Error(`${getTableName(table)}.${f.key}: binary values cannot go as JSON`);
      o[f.name] = value;
    }
    return o;
  });
  // Every string is well-formed already (lib/db/well-formed.ts): no replacer, which would call back per key.
  return { columns: fields.map((f) => f.name), json: JSON.stringify(out) };
}

/** `insert into <table> (<columns>) select <columns> from jsonb_populate_recordset(null::<table>, <json>)`. */
export function insertJsonRows(table: PgTable, columns: string[], json: unknown): SQL {
  const { schema, name } = getTableConfig(table);
  const t = schema ? sql`${sql.identifier(schema)}.${sql.identifier(name)}` : sql.identifier(name);
  const list = sql.join(
    columns.map((c) => sql.identifier(c)),
    sql`, `,
  );
  // `::text::jsonb`: the parameter is the JSON text itself (a driver would encode a jsonb parameter again).
  return sql`insert into ${t} (${list}) select ${list} from jsonb_populate_recordset(null::${t}, ${json}::text::jsonb)`;
}
