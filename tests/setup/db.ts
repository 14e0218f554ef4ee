import { readFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, inject } from "vitest";
import { setDbHandle } from "@/lib/db";
import type { DbHandle } from "@/lib/db/types";
import { createPgDatabase, dropPgDatabase, openPglite } from "./template";

/** Each test file gets its own fresh database, cloned from the run's template. */
let handle: DbHandle | undefined;
let dbName: string | undefined;

beforeAll(async () => {
  const tpl = inject("dbTemplate");
  if (tpl.kind === "postgres") {
    dbName = `sidilan_t_${randomBytes(5).toString("hex")}`;
    handle = await createPgDatabase(tpl.url, dbName, tpl.template);
  } else {
    handle = openPglite(undefined, new Blob([readFileSync(tpl.dumpFile)]));
  }
  setDbHandle(handle);
});

afterAll(async () => {
  await handle?.close();
  setDbHandle(undefined);
  const tpl = inject("dbTemplate");
  if (tpl.kind === "postgres" && dbName) await dropPgDatabase(tpl.url, dbName);
});

/** The current test file's database handle (for driver-specific checks). */
export function testHandle(): DbHandle {
  if (!handle) throw new Error("test database not ready");
  return handle;
}
