import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { acquireLock, lockHolder } from "@/lib/db/lock";
import { seedReference } from "@/lib/seed";
import { seedDemoUsers } from "@/lib/seed/demo-users";

async function counts() {
  const r = await db.execute(
    sql`select (select count(*) from kecamatan)::int as kec, (select count(*) from kelurahan)::int as kel, (select count(*) from dapil)::int as dapil,
        (select count(*) from komisi)::int as komisi, (select count(*) from fraksi)::int as fraksi, (select count(*) from classification_codes)::int as codes,
        (select count(*) from users)::int as users, (select coalesce(sum(seats),0) from dapil)::int as seats`,
  );
  return (Array.isArray(r) ? r : (r as { rows: unknown[] }).rows)[0];
}

describe("reference data and demo accounts", () => {
  it("holds the Balikpapan reference data and is idempotent across restarts", async () => {
    const first = await counts();
    expect(first).toMatchObject({ kec: 6, kel: 34, dapil: 6, komisi: 4, fraksi: 7, codes: 382, seats: 45 });
    await seedReference();
    await seedDemoUsers();
    expect(await counts()).toEqual(first);
  });

  it("keeps an admin's edit of reference data when seeding again", async () => {
    await db.execute(sql`update komisi set field = 'Bidang diubah admin' where name = 'Komisi I'`);
    await seedReference();
    const r = await db.execute(sql`select field from komisi where name = 'Komisi I'`);
    expect((Array.isArray(r) ? r : (r as { rows: { field: string }[] }).rows)[0]).toMatchObject({
      field: "Bidang diubah admin",
    });
  });
});

describe("PGlite folder lock", () => {
  it("refuses a folder that a live process holds and takes a stale one", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sidilan-lock-"));
    const child = spawn("sleep", ["30"]);
    try {
      writeFileSync(join(dir, "sidilan.lock"), String(child.pid));
      expect(lockHolder(dir)).toBe(child.pid);
      expect(() => acquireLock(dir)).toThrow(/sedang dipakai proses lain/);
      child.kill();
      await new Promise((r) => child.once("exit", r));
      expect(lockHolder(dir)).toBeUndefined();
      expect(() => acquireLock(dir)).not.toThrow();
    } finally {
      child.kill();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
