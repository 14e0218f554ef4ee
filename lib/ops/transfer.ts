import postgres from "postgres";
import { openPglite, openPostgres } from "@/lib/db/open";
import { runMigrations } from "@/lib/db/migrate";

type Row = Record<string, unknown>;

/** Tables ordered so that every table comes after the tables its foreign keys point to. */
function topoOrder(tables: string[], deps: { child: string; parent: string }[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (t: string, path: Set<string>) => {
    if (seen.has(t) || path.has(t)) return;
    path.add(t);
    for (const d of deps) if (d.child === t && d.parent !== t) visit(d.parent, path);
    seen.add(t);
    out.push(t);
  };
  for (const t of tables) visit(t, new Set());
  return out;
}

/**
 * Move everything from an embedded PGlite folder into an empty PostgreSQL database: migrate the
 * target, copy every table in foreign-key order (generated columns are recomputed by the target),
 * then set the sequences. Returns row counts per table.
 */
export async function transferPgliteToPostgres(dataDir: string, targetUrl: string): Promise<Record<string, number>> {
  const source = openPglite(dataDir);
  const target = openPostgres(targetUrl, 2);
  const sql = postgres(targetUrl, { max: 1, onnotice: () => {} });
  try {
    const [{ n }] = await sql<{ n: number }[]>`select count(*)::int as n from pg_tables where schemaname = 'public'`;
    if (n > 0) throw new Error("Basis data PostgreSQL tujuan harus kosong.");
    await runMigrations(target);
    const pg = source.pglite!;
    const tables = (
      await pg.query<{ tablename: string }>(
        "select tablename from pg_tables where schemaname = 'public' order by tablename",
      )
    ).rows.map((r) => r.tablename);
    const deps = (
      await pg.query<{ child: string; parent: string }>(
        `select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent from pg_constraint c where c.contype = 'f' and c.connamespace = 'public'::regnamespace`,
      )
    ).rows.map((d) => ({ child: d.child.replace(/"/g, ""), parent: d.parent.replace(/"/g, "") }));
    const counts: Record<string, number> = {};
    const order = topoOrder(tables, deps);
    await sql.begin(async (tx) => {
      await tx`set local session_replication_role = replica`; // self-references (merged items) in any order
      // Rows some migrations insert (e.g. default letter registers) come over from the source instead.
      for (const table of [...order].reverse()) await tx.unsafe(`delete from "${table}"`);
      for (const table of order) {
        const cols = (
          await pg.query<{ column_name: string }>(
            `select column_name from information_schema.columns where table_schema = 'public' and table_name = $1 and is_generated = 'NEVER' order by ordinal_position`,
            [table],
          )
        ).rows.map((c) => c.column_name);
        const list = cols.map((c) => `"${c}"`).join(", ");
        let copied = 0;
        for (let offset = 0; ; offset += 500) {
          const rows = (await pg.query<Row>(`select ${list} from "${table}" order by 1 limit 500 offset ${offset}`))
            .rows;
          if (rows.length === 0) break;
          const values = rows.map((r) =>
            cols.map((c) => (r[c] instanceof Uint8Array ? Buffer.from(r[c] as Uint8Array) : r[c])),
          );
          await tx.unsafe(
            `insert into "${table}" (${list}) values ${values.map((v, i) => `(${v.map((_, j) => `$${i * cols.length + j + 1}`).join(", ")})`).join(", ")}`,
            values.flat() as never[],
          );
          copied += rows.length;
        }
        counts[table] = copied;
      }
      const seqs = await tx<{ table_name: string; column_name: string; seq: string }[]>`
        select c.table_name, c.column_name, pg_get_serial_sequence(format('%I', c.table_name), c.column_name) as seq
        from information_schema.columns c where c.table_schema = 'public' and pg_get_serial_sequence(format('%I', c.table_name), c.column_name) is not null`;
      for (const s of seqs) {
        await tx.unsafe(
          `select setval('${s.seq}', coalesce((select max("${s.column_name}") from "${s.table_name}"), 0) + 1, false)`,
        );
      }
    });
    return counts;
  } finally {
    await sql.end();
    await target.close();
    await source.close();
  }
}
