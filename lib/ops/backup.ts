import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { promisify } from "node:util";
import { gunzipSync, gzipSync } from "node:zlib";
import postgres from "postgres";
import { openPglite } from "@/lib/db/open";
import { lockHolder } from "@/lib/db/lock";

const run = promisify(execFile);

/** A timestamp safe for file names: 2026-11-28T05-54-01Z. */
export function stamp(d = new Date()): string {
  return d
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replace(/:/g, "-");
}

/**
 * PostgreSQL: `pg_dump` in custom format (compressed, restorable table by table). Attachments and
 * signed PDFs live in the database, so they are inside.
 */
export async function backupPostgres(url: string, dir: string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const file = `${dir}/sidilan-${stamp()}.dump`;
  await run("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, url], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return file;
}

/** Restore a custom-format dump into an EMPTY PostgreSQL database. */
export async function restorePostgres(url: string, file: string): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [{ n }] = await sql<
      { n: number }[]
    >`select count(*)::int as n from pg_tables where schemaname in ('public', 'drizzle')`;
    if (n > 0) throw new Error(`Basis data tujuan tidak kosong (${n} tabel). Pulihkan hanya ke basis data kosong.`);
  } finally {
    await sql.end();
  }
  await run("pg_restore", ["--no-owner", "--no-privileges", "--exit-on-error", `--dbname=${url}`, file], {
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** PGlite: a gzip'd dump of the whole data directory (refused while a server holds the folder). */
export async function backupPglite(dataDir: string, dir: string): Promise<string> {
  const holder = lockHolder(dataDir);
  if (holder)
    throw new Error(
      `Folder ${dataDir} sedang dipakai server (pid ${holder}). Hentikan server dulu, atau gunakan PostgreSQL untuk cadangan daring.`,
    );
  if (!existsSync(dataDir)) throw new Error(`Folder basis data ${dataDir} tidak ada.`);
  mkdirSync(dir, { recursive: true });
  const handle = openPglite(dataDir);
  try {
    await handle.pglite!.waitReady; // dumpDataDir does not wait for start-up itself
    // Uncompressed dump, gzip'd here: PGlite's own gzip option relies on CompressionStream.
    const blob = await handle.pglite!.dumpDataDir("none");
    const file = `${dir}/sidilan-${stamp()}.pglite.tar.gz`;
    writeFileSync(file, gzipSync(Buffer.from(await blob.arrayBuffer())));
    return file;
  } finally {
    await handle.close();
  }
}

/** Restore a PGlite data-directory dump into an empty or absent folder. */
export async function restorePglite(file: string, dataDir: string): Promise<void> {
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0)
    throw new Error(`Folder ${dataDir} tidak kosong. Pulihkan hanya ke folder kosong.`);
  mkdirSync(dataDir, { recursive: true });
  const handle = openPglite(dataDir, new Blob([gunzipSync(readFileSync(file))]));
  await handle.pglite!.waitReady;
  await handle.close();
}
