import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { localPgUrl } from "../helpers/tcp-proxy";

/** Admin URL (database "postgres") of the local PostgreSQL server. */
export function pgAdminUrl(): string {
  const u = new URL(localPgUrl());
  u.pathname = "/postgres";
  return u.toString();
}

/** Create an empty database; returns its URL and a function that drops it. */
export async function freshDatabase(prefix: string): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${randomBytes(4).toString("hex")}`;
  const sql = postgres(pgAdminUrl(), { max: 1, onnotice: () => {} });
  await sql.unsafe(`create database "${name}"`);
  await sql.end();
  const url = new URL(pgAdminUrl());
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: async () => {
      const s = postgres(pgAdminUrl(), { max: 1, onnotice: () => {} });
      await s.unsafe(`drop database if exists "${name}" with (force)`);
      await s.end();
    },
  };
}

export interface Instance {
  base: string;
  child: ChildProcess;
  stop: () => Promise<void>;
}

/** Every instance this worker started; killed when the worker exits, even after a timed-out hook. */
const started = new Set<ChildProcess>();
process.once("exit", () => {
  for (const c of started) if (c.exitCode === null) c.kill("SIGKILL");
});

/** Start one production server (scripts/server.mjs, the existing build) and wait until /api/ready answers 200. */
export async function startInstance(port: number, env: Record<string, string>): Promise<Instance> {
  const child = spawn(process.execPath, ["scripts/server.mjs", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, NODE_ENV: "production", ...env } as NodeJS.ProcessEnv,
    stdio: ["ignore", "ignore", "pipe"],
  });
  started.add(child);
  // Keep the tail of stderr so a start-up failure says why.
  let stderr = "";
  child.stderr?.on("data", (c: Buffer) => {
    stderr = (stderr + c.toString()).slice(-4000);
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    const status = await fetch(`${base}/api/ready`)
      .then((r) => r.status)
      .catch(() => 0);
    if (status === 200) break;
    if (child.exitCode !== null) throw new Error(`instance on ${port} exited with ${child.exitCode}: ${stderr}`);
    if (Date.now() > deadline) throw new Error(`instance on ${port} not ready`);
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    base,
    child,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
    },
  };
}

/** Shared secrets for several instances of one deployment. */
export function sharedSecrets(): Record<string, string> {
  return {
    AUTH_SECRET: randomBytes(33).toString("base64"),
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    DATA_ENCRYPTION_KEY: randomBytes(33).toString("base64"),
    // Production refuses to start without SIGNING_KEY, and refuses SEED_DEMO=1 unless DEMO_SITE=1.
    SIGNING_KEY: randomBytes(33).toString("base64"),
    DEMO_SITE: "1",
  };
}
