import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { prepareFile, saveAttachments } from "@/lib/attachments/service";
import { writeAudit } from "@/lib/audit/service";
import { db } from "@/lib/db";
import { openPglite, openPostgres } from "@/lib/db/open";
import type { Db, DbHandle } from "@/lib/db/types";
import { backupPglite, backupPostgres, restorePglite, restorePostgres } from "@/lib/ops/backup";
import { transferPgliteToPostgres } from "@/lib/ops/transfer";
import { testHandle } from "../setup/db";
import { createPgDatabase, dropPgDatabase, prepare } from "../setup/template";
import { localPgUrl } from "../helpers/tcp-proxy";

const work = mkdtempSync(join(tmpdir(), "sidilan-backup-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

async function addSample(target: Db) {
  const file = await prepareFile({ name: "foto.png", data: PNG }, ["image"]);
  await saveAttachments({ type: "sample", id: "1" }, [file], undefined, target);
  await writeAudit(
    { actorLabel: "uji", action: "sample.create", detail: { n: 1, text: "Jalan rusak di Manggar" } },
    target,
  );
}

/** A PGlite folder holding a migrated and seeded database (from the test template when possible: faster). */
async function seededPgliteFolder(dir: string): Promise<DbHandle> {
  const current = testHandle();
  if (current.kind === "pglite") {
    const blob = await current.pglite!.dumpDataDir("none");
    const h = openPglite(dir, blob);
    await h.pglite!.waitReady;
    return h;
  }
  const h = openPglite(dir);
  await prepare(h);
  return h;
}

/** Row count of every table plus a checksum over all attachment bytes. */
async function fingerprint(target: Db) {
  const q = async <T>(s: ReturnType<typeof sql>) => {
    const r = await target.execute(s);
    return (Array.isArray(r) ? r : (r as { rows: T[] }).rows) as T[];
  };
  const tables = (
    await q<{ tablename: string }>(sql`select tablename from pg_tables where schemaname = 'public' order by tablename`)
  ).map((t) => t.tablename);
  const counts: Record<string, number> = {};
  for (const t of tables) counts[t] = (await q<{ n: number }>(sql.raw(`select count(*)::int as n from "${t}"`)))[0].n;
  const [files] = await q<{ sum: string | null }>(
    sql`select md5(string_agg(encode(sha256(data), 'hex'), ',' order by id)) as sum from attachments`,
  );
  const [search] = await q<{ n: number }>(
    sql`select count(*)::int as n from aspirations where search_vector is not null`,
  );
  return { counts, files: files.sum, search: search.n };
}

describe("backup and restore", () => {
  it("round-trips the current database, attachments included", { timeout: 180_000 }, async () => {
    await addSample(db);
    const before = await fingerprint(db);
    const handle = testHandle();
    let restored: DbHandle;
    if (handle.kind === "postgres") {
      const file = await backupPostgres(handle.url!, work);
      const name = `sidilan_restore_${Date.now()}`;
      const empty = await createPgDatabase(localPgUrl(), name);
      await restorePostgres(empty.url!, file);
      await expect(restorePostgres(empty.url!, file)).rejects.toThrow(/tidak kosong/);
      restored = empty;
      expect(await fingerprint(restored.db)).toEqual(before);
      await restored.close();
      await dropPgDatabase(localPgUrl(), name);
    } else {
      // A PGlite backup is taken from a folder, as the server keeps it.
      const dir = join(work, "pglite-src");
      const src = await seededPgliteFolder(dir);
      const srcPrint = await fingerprint(src.db);
      await src.close();
      const file = await backupPglite(dir, work);
      const dest = join(work, "pglite-dest");
      await restorePglite(file, dest);
      await expect(restorePglite(file, dest)).rejects.toThrow(/tidak kosong/);
      restored = openPglite(dest);
      expect(await fingerprint(restored.db)).toEqual(srcPrint);
      await restored.close();
    }
  });

  it("moves an embedded PGlite database into an empty PostgreSQL database", { timeout: 180_000 }, async () => {
    const dir = join(work, "pglite-move");
    const src = await seededPgliteFolder(dir);
    await addSample(src.db);
    const srcPrint = await fingerprint(src.db);
    await src.close();
    const name = `sidilan_move_${Date.now()}`;
    const target = await createPgDatabase(localPgUrl(), name);
    await target.close();
    const url = target.url!;
    const counts = await transferPgliteToPostgres(dir, url);
    expect(counts.users).toBe(50);
    const moved = openPostgres(url, 2);
    expect(await fingerprint(moved.db)).toEqual(srcPrint);
    // sequences continue after the copied rows
    await writeAudit({ actorLabel: "uji", action: "after.move" }, moved.db);
    await moved.close();
    await dropPgDatabase(localPgUrl(), name);
  });
});
