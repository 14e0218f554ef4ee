/**
 * The SQLSTATE of a database error (five characters, from PostgreSQL through postgres.js or from PGlite,
 * possibly wrapped by drizzle as the cause of its own error): the database refused the statement. Null for
 * anything else (a dropped connection, a bug in our code).
 */
export function sqlState(e: unknown): string | null {
  for (let cur = e, depth = 0; cur && typeof cur === "object" && depth < 4; depth++) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
    cur = (cur as { cause?: unknown }).cause;
  }
  return null;
}
