import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { writeAudit } from "@/lib/audit/service";
import { runMigrations } from "@/lib/db/migrate";
import { openPostgres } from "@/lib/db/open";
import type { DbHandle } from "@/lib/db/types";
import { adminSql, withDatabase } from "../setup/template";

/**
 * A runtime role separate from the owner that runs the migrations: the app's own connection can
 * append to the audit log and read it, and can neither change nor remove audit rows, nor switch
 * off, drop or alter the append-only triggers. PostgreSQL only: PGlite has a single user.
 */
const tpl = inject("dbTemplate");
const onPostgres = tpl.kind === "postgres";
const SKIP_REASON =
  "PostgreSQL only (PGlite has no roles): run with DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres";

const tag = randomBytes(4).toString("hex");
const owner = `sidilan_owner_${tag}`;
const runtime = `sidilan_rt_${tag}`;
const dbName = `sidilan_roles_${tag}`;

function asUser(url: string, user: string): string {
  const u = new URL(withDatabase(url, dbName));
  u.username = user;
  u.password = "";
  return u.toString();
}

let handle: DbHandle | undefined;
let rt: postgres.Sql | undefined;

describe.skipIf(!onPostgres)(`runtime database role (${onPostgres ? "PostgreSQL" : SKIP_REASON})`, () => {
  beforeAll(async () => {
    if (tpl.kind !== "postgres") return;
    const admin = adminSql(tpl.url);
    try {
      await admin.unsafe(`create role "${owner}" login password 'owner-${tag}'`);
      await admin.unsafe(`create role "${runtime}" login password 'rt-${tag}'`);
      await admin.unsafe(`create database "${dbName}" owner "${owner}"`);
    } finally {
      await admin.end();
    }
    const ownerUrl = asUser(tpl.url, owner).replace(`${owner}@`, `${owner}:owner-${tag}@`);
    const runtimeUrl = asUser(tpl.url, runtime).replace(`${runtime}@`, `${runtime}:rt-${tag}@`);
    handle = openPostgres(runtimeUrl, 2);
    // As at boot: migrate with the owner URL, the runtime role derived from the runtime URL.
    await runMigrations(handle, { ownerUrl });
    await runMigrations(handle, { ownerUrl }); // a second boot re-grants without error
    rt = postgres(runtimeUrl, { max: 1, onnotice: () => {} });
  });

  afterAll(async () => {
    await rt?.end({ timeout: 5 });
    await handle?.close();
    if (tpl.kind !== "postgres") return;
    const admin = adminSql(tpl.url);
    try {
      await admin.unsafe(`drop database if exists "${dbName}" with (force)`);
      await admin.unsafe(`drop role if exists "${runtime}"`);
      await admin.unsafe(`drop role if exists "${owner}"`);
    } finally {
      await admin.end();
    }
  });

  it("the tables belong to the owner, not to the runtime role", async () => {
    const [row] = await rt!`select tableowner from pg_tables where tablename = 'audit_log'`;
    expect(row.tableowner).toBe(owner);
  });

  it("the runtime role appends to the audit log (through the app's writeAudit) and reads it", async () => {
    await writeAudit({ action: "test.runtime_role", entityType: "test", entityId: tag }, handle!.db);
    const rows = await rt!`select action from audit_log where entity_id = ${tag}`;
    expect(rows.map((r) => r.action)).toEqual(["test.runtime_role"]);
  });

  it("the runtime role uses the other tables normally (read, write, sequences)", async () => {
    const [{ n }] = await rt!`select count(*)::int as n from users`;
    expect(n).toBeGreaterThanOrEqual(0);
    await rt!`insert into rate_limits (key, window_start, count, expires_at) values (${`t|${tag}`}, now(), 1, now())`;
    await rt!`update rate_limits set count = 2 where key = ${`t|${tag}`}`;
    await rt!`delete from rate_limits where key = ${`t|${tag}`}`;
  });

  it("cannot change or remove audit rows, even with the triggers in the way", async () => {
    await expect(rt!`update audit_log set action = 'diubah' where entity_id = ${tag}`).rejects.toThrow(
      /permission denied/,
    );
    await expect(rt!`delete from audit_log where entity_id = ${tag}`).rejects.toThrow(/permission denied/);
    await expect(rt!`truncate audit_log`).rejects.toThrow(/permission denied/);
  });

  it("cannot disable, drop or alter the append-only triggers or the table", async () => {
    await expect(rt!.unsafe("alter table audit_log disable trigger audit_log_no_update")).rejects.toThrow(
      /must be owner/,
    );
    await expect(rt!.unsafe("alter table audit_log disable trigger all")).rejects.toThrow(/must be owner/);
    await expect(rt!.unsafe("drop trigger audit_log_no_update on audit_log")).rejects.toThrow(/must be owner/);
    await expect(rt!.unsafe("drop function audit_log_refuse_change() cascade")).rejects.toThrow(/must be owner/);
    await expect(rt!.unsafe("drop table audit_log")).rejects.toThrow(/must be owner/);
    await expect(rt!.unsafe("alter table audit_log owner to current_user")).rejects.toThrow(/must be owner/);
    await expect(rt!.unsafe("create table sneaky (id int)")).rejects.toThrow(/permission denied/);
  });
});
