import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The real start path (instrumentation.ts register() → lib/boot.ts) in a child process: a bad
 * configuration must end the process at once with exit code 1 and one message, never a retry loop
 * and never "Ready"/"siap".
 */
function start(vars: Record<string, string>) {
  const base: Record<string, string> = {};
  for (const k of ["PATH", "HOME", "TMPDIR"]) if (process.env[k]) base[k] = process.env[k]!;
  // The hook resolves "server-only" to an empty module, as for the npm scripts (package.json).
  const res = spawnSync(
    "node_modules/.bin/tsx",
    ["--import", "./scripts/server-only-hook.mjs", "tests/fixtures/boot-child.ts"],
    {
      env: {
        ...base,
        NEXT_RUNTIME: "nodejs",
        PGLITE_DIR: mkdtempSync(join(tmpdir(), "sidilan-boot-")),
        OUTBOX_WORKER: "off",
        ...vars,
      } as unknown as NodeJS.ProcessEnv,
      encoding: "utf8",
      timeout: 30_000,
    },
  );
  return { status: res.status, signal: res.signal, out: `${res.stdout}\n${res.stderr}` };
}

const KEY = "k".repeat(40);

describe("npm start's prestart check (scripts/check-env.ts)", () => {
  it("stops before `next start` with the same message; NODE_ENV defaults to production", () => {
    const base: Record<string, string> = {};
    for (const k of ["PATH", "HOME", "TMPDIR"]) if (process.env[k]) base[k] = process.env[k]!;
    // Run from an empty folder, so a developer's .env.local cannot supply the secrets.
    const cwd = mkdtempSync(join(tmpdir(), "sidilan-check-"));
    const root = process.cwd();
    const args = [
      "--tsconfig",
      join(root, "tsconfig.json"),
      "--import",
      join(root, "scripts/server-only-hook.mjs"),
      join(root, "scripts/check-env.ts"),
    ];
    const tsx = join(root, "node_modules/.bin/tsx");
    const bad = spawnSync(tsx, args, {
      cwd,
      env: base as unknown as NodeJS.ProcessEnv,
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/AUTH_SECRET, SIGNING_KEY: belum diatur/);
    const good = spawnSync(tsx, args, {
      cwd,
      env: { ...base, AUTH_SECRET: KEY, SIGNING_KEY: KEY } as unknown as NodeJS.ProcessEnv,
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(good.status).toBe(0);
  });
});

describe("start-up with a bad configuration", () => {
  it("production without AUTH_SECRET and SIGNING_KEY: exits 1 with one message naming both, never ready", () => {
    const r = start({ NODE_ENV: "production" });
    expect(r.signal).toBeNull(); // ended by itself, not by the timeout
    expect(r.status).toBe(1);
    expect(r.out).toContain("Konfigurasi lingkungan tidak valid");
    expect(r.out).toMatch(/AUTH_SECRET, SIGNING_KEY: belum diatur/);
    expect(r.out.match(/Konfigurasi lingkungan tidak valid/g)).toHaveLength(1);
    expect(r.out).not.toMatch(/ready|siap|mencoba lagi|register\(\) returned/i);
  });

  it("production with SEED_DEMO=1 but no DEMO_SITE: exits 1 before seeding anything", () => {
    const r = start({ NODE_ENV: "production", AUTH_SECRET: KEY, SIGNING_KEY: KEY, SEED_DEMO: "1" });
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/SEED_DEMO: .*DEMO_SITE=1/);
    expect(r.out).not.toMatch(/ready|siap|mencoba lagi|register\(\) returned/i);
  });

  it("a bad SESSION_IDLE_MINUTES stops a development start too", () => {
    const r = start({ NODE_ENV: "development", SESSION_IDLE_MINUTES: "tiga puluh" });
    expect(r.status).toBe(1);
    expect(r.out).toContain("SESSION_IDLE_MINUTES");
  });

  it("a valid production configuration passes the check (register() returns)", () => {
    const r = start({ NODE_ENV: "production", AUTH_SECRET: KEY, SIGNING_KEY: KEY });
    expect(r.out).not.toContain("Konfigurasi lingkungan tidak valid");
    expect(r.out).toContain("register() returned");
  });
});
