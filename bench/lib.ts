/* Benchmark helpers: start a production server on a fresh database, drive load, report figures. */
import autocannon from "autocannon";
import { spawn, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import postgres from "postgres";
import { SERVER_NODE_FLAGS } from "../scripts/server-flags.mjs";

export interface BenchRow {
  suite: string;
  name: string;
  /** Free-form figures: rps, p50Ms, p95Ms, p99Ms, ratio, count ... */
  figures: Record<string, number | string>;
  target?: string;
  note?: string;
}

export interface BenchContext {
  /** Admin URL of the PostgreSQL server used for fresh databases. */
  pgAdminUrl: string;
  /** Create a fresh PostgreSQL database; dropped at the end of the run. */
  freshDatabase(prefix?: string): Promise<string>;
  /** Start `next start` on a port with the given environment; stopped at the end of the run. */
  startServer(opts: { port: number; env?: Record<string, string>; databaseUrl?: string }): Promise<Server>;
  duration: number;
}

export interface Server {
  url: string;
  stop(): Promise<void>;
  child: ChildProcess;
}

export interface Suite {
  name: string;
  run(ctx: BenchContext): Promise<BenchRow[]>;
}

/** Exact percentile of a sorted list. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx];
}

export interface LoadResult {
  rps: number;
  requests: number;
  non2xx: number;
  errors: number;
  statusCounts: Record<string, number>;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  /** Every response time, sorted (ms). */
  times: number[];
}

/** Drive load with autocannon and compute exact p50/p95/p99 from every response time. */
export async function load(opts: {
  url: string;
  connections: number;
  duration?: number;
  amount?: number;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  /** Build each request (for unique bodies). */
  setupRequest?: (req: Record<string, unknown>) => Record<string, unknown>;
}): Promise<LoadResult> {
  const times: number[] = [];
  const statusCounts: Record<string, number> = {};
  // autocannon's typings return a Promise; the returned value is also an EventEmitter.
  const instance = autocannon({
    url: opts.url,
    connections: opts.connections,
    duration: opts.amount ? undefined : (opts.duration ?? 10),
    amount: opts.amount,
    method: opts.method ?? "GET",
    headers: opts.headers,
    body: opts.body,
    requests: opts.setupRequest ? [{ setupRequest: opts.setupRequest as never }] : undefined,
  }) as unknown as Promise<autocannon.Result> & { on: (event: string, fn: (...args: never[]) => void) => void };
  instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    times.push(responseTime);
    statusCounts[statusCode] = (statusCounts[statusCode] ?? 0) + 1;
  });
  const result = await instance;
  times.sort((a, b) => a - b);
  const seconds = result.duration || opts.duration || 1;
  return {
    rps: Math.round((times.length / seconds) * 10) / 10,
    requests: times.length,
    non2xx: result.non2xx,
    errors: result.errors,
    statusCounts,
    p50Ms: Math.round(percentile(times, 50) * 10) / 10,
    p95Ms: Math.round(percentile(times, 95) * 10) / 10,
    p99Ms: Math.round(percentile(times, 99) * 10) / 10,
    times,
  };
}

/**
 * Throw when something already listens on `port`. A server left over from an earlier run would otherwise
 * answer in place of the one just started (which fails to bind with its output discarded), and the run would
 * measure it: another build, another database, and none of its CPU counted as the server's. `next start`
 * renames its process to "next-server", so `pkill -f "next start"` does not stop it.
 */
export async function assertPortFree(port: number, host = "127.0.0.1"): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once("error", (e: NodeJS.ErrnoException) =>
      reject(
        e.code === "EADDRINUSE"
          ? new Error(`port ${port} is already in use: stop the server left on it (ss -ltnp 'sport = :${port}')`)
          : e,
      ),
    );
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

/**
 * Poll `url` until it answers 2xx. Fails at once when `child` exits first (a port taken, a crash: its
 * output is discarded), and after `timeoutMs`. `what` names the process in the error.
 */
export async function waitUntilReady(
  url: string,
  child: ChildProcess,
  what: string,
  timeoutMs: number,
  everyMs = 300,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (
    !(await fetch(url)
      .then((r) => r.ok)
      .catch(() => false))
  ) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`${what} exited (${child.exitCode ?? child.signalCode}) before it was ready`);
    if (Date.now() > deadline) throw new Error(`${what} not ready after ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** Time an async function n times; returns sorted milliseconds. */
export async function timeRuns(n: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn(i);
    out.push(performance.now() - t0);
  }
  return out.sort((a, b) => a - b);
}

export function median(sorted: number[]): number {
  return percentile(sorted, 50);
}

/** Create the shared context; `cleanup` drops databases and stops servers. */
export function createContext(
  pgAdminUrl: string,
  duration: number,
): { ctx: BenchContext; cleanup: () => Promise<void> } {
  const databases: string[] = [];
  const servers: Server[] = [];
  const dirs: string[] = [];
  const withDb = (name: string) => {
    const u = new URL(pgAdminUrl);
    u.pathname = `/${name}`;
    return u.toString();
  };
  const ctx: BenchContext = {
    pgAdminUrl,
    duration,
    async freshDatabase(prefix = "sidilan_bench") {
      const name = `${prefix}_${randomBytes(4).toString("hex")}`;
      const sql = postgres(pgAdminUrl, { max: 1, onnotice: () => {} });
      await sql.unsafe(`create database "${name}"`);
      await sql.end();
      databases.push(name);
      return withDb(name);
    },
    async startServer({ port, env = {}, databaseUrl }) {
      const serverEnv: Record<string, string> = {
        ...(process.env as Record<string, string>),
        NODE_ENV: "production",
        PORT: String(port),
        AUTH_SECRET: process.env.AUTH_SECRET || "bench-secret-bench-secret-bench-secret-0123",
        SIGNING_KEY: process.env.SIGNING_KEY || "bench-signing-key-bench-signing-key-0123",
        APP_URL: `http://127.0.0.1:${port}`,
        SEED_DEMO: "1",
        // The suites play many clients from one host by sending X-Forwarded-For, as nginx would.
        TRUST_PROXY: "127.0.0.1,::1",
        // A benchmark site: production refuses demo accounts unless DEMO_SITE=1 says so.
        DEMO_SITE: "1",
        ...env,
      };
      await assertPortFree(port);
      if (databaseUrl) serverEnv.DATABASE_URL = databaseUrl;
      else {
        delete serverEnv.DATABASE_URL;
        const dir = mkdtempSync(join(tmpdir(), "sidilan-bench-"));
        dirs.push(dir);
        serverEnv.PGLITE_DIR = dir;
      }
      const child: ChildProcess = spawn(
        process.execPath,
        [...SERVER_NODE_FLAGS, "scripts/server.mjs", "-p", String(port), "-H", "127.0.0.1"],
        { env: serverEnv as NodeJS.ProcessEnv, stdio: ["ignore", "ignore", "inherit"] },
      );
      const url = `http://127.0.0.1:${port}`;
      await waitUntilReady(`${url}/api/ready`, child, `server on ${port}`, 120_000, 500);
      const server: Server = {
        url,
        child,
        async stop() {
          if (child.exitCode !== null) return;
          child.kill("SIGTERM");
          await new Promise((r) => child.once("exit", r));
        },
      };
      servers.push(server);
      return server;
    },
  };
  const cleanup = async () => {
    for (const s of servers) await s.stop().catch(() => {});
    const sql = postgres(pgAdminUrl, { max: 1, onnotice: () => {} });
    for (const d of databases) await sql.unsafe(`drop database if exists "${d}" with (force)`).catch(() => {});
    await sql.end();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  };
  return { ctx, cleanup };
}

/** A write-scoped personal API token for the demo registrar, inserted the way the token page stores it. */
export async function writeToken(sql: postgres.Sql, prefix = "benchtok"): Promise<string> {
  const token = `sdl_${prefix}_${randomBytes(24).toString("base64url")}`;
  const [user] = await sql`select id from users where email = 'staf.umum@sidilan.test'`;
  await sql`insert into api_tokens (user_id, name, prefix, token_hash, scope) values (${user.id}, 'bench', ${prefix}, ${createHash("sha256").update(token).digest("hex")}, 'write')`;
  return token;
}
