/**
 * A value with every string made well-formed: a lone UTF-16 surrogate becomes U+FFFD, as the drivers' UTF-8
 * encoding of a bound text does. PostgreSQL's JSON refuses the "\ud800" escape that JSON.stringify writes for
 * a lone surrogate, so anything sent as JSON text goes through this first (lib/db/json-rows.ts, the jsonb
 * column type in lib/db/schema/types.ts). Keys, nested lists and the result of a `toJSON` (a date) too;
 * binary values are left as they are.
 */
export function wellFormed(v: unknown): unknown {
  if (typeof v === "string") return v.isWellFormed() ? v : v.toWellFormed();
  if (v === null || typeof v !== "object" || v instanceof Uint8Array) return v;
  if (typeof (v as { toJSON?: unknown }).toJSON === "function")
    return wellFormed((v as { toJSON(): unknown }).toJSON());
  if (Array.isArray(v)) return v.map(wellFormed);
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [wellFormed(k), wellFormed(x)]));
}
