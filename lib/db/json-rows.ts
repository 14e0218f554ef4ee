import "server-only";
import { getTableColumns, getTableName, sql, type SQL } from "drizzle-orm";
import { getTableConfig, type PgTable } from "drizzle-orm/pg-core";

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
  const cols = keys.map((k) => {
    const column = columns[k];
    if (!column) throw new Error(`${getTableName(table)} has no column ${k}`);
    return column;
  });
  const out = rows.map((row) => {
    if (keysOf(row).join() !== keys.join()) throw new Error(`${getTableName(table)}: rows of different shape`);
    const o: Record<string, unknown> = {};
    keys.forEach((k, i) => {
      const v = row[k];
      const column = cols[i];
      const value =
        v === null || column.dataType === "json" || column.dataType === "array" ? v : column.mapToDriverValue(v);
      if (value instanceof Uint8Array) throw new Error(`${getTableName(table)}.${k}: binary values cannot go as JSON`);
      o[column.name] = value;
    });
    return o;
  });
  return { columns: cols.map((c) => c.name), json: JSON.stringify(out, wellFormed) };
}

/**
 * A lone UTF-16 surrogate becomes U+FFFD, as the driver's UTF-8 encoding of a bound text does: PostgreSQL
 * refuses the "\ud800" escape that JSON.stringify would write for it.
 */
const wellFormed = (_key: string, v: unknown) => (typeof v === "string" ? v.toWellFormed() : v);

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
