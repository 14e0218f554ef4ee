import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { createPgDatabase, dropPgDatabase, openPglite, prepare } from "./template";

declare module "vitest" {
  export interface ProvidedContext {
    dbTemplate: { kind: "postgres"; url: string; template: string } | { kind: "pglite"; dumpFile: string };
  }
}

/**
 * Build the starting database once per run: on PostgreSQL a template database each test file
 * clones; on PGlite a data-directory dump each test file loads. Both are migrated and seeded.
 */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    const template = `sidilan_tpl_${process.pid}`;
    const handle = await createPgDatabase(url, template);
    await prepare(handle);
    await handle.close();
    project.provide("dbTemplate", { kind: "postgres", url, template });
    return async () => dropPgDatabase(url, template);
  }
  const dir = mkdtempSync(join(tmpdir(), "sidilan-test-"));
  const handle = openPglite(undefined);
  await prepare(handle);
  const blob = await handle.pglite!.dumpDataDir("none");
  const dumpFile = join(dir, "template.tar");
  writeFileSync(dumpFile, Buffer.from(await blob.arrayBuffer()));
  await handle.close();
  project.provide("dbTemplate", { kind: "pglite", dumpFile });
  return () => rmSync(dir, { recursive: true, force: true });
}
