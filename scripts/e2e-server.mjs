// Start the production server (scripts/server.mjs, as `npm start`) for the E2E suite on a fresh database, with demo data and relaxed login limits.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import postgres from "postgres";
import { SMTPServer } from "smtp-server";
import { SERVER_NODE_FLAGS } from "./server-flags.mjs";
import { appendFileSync, writeFileSync } from "node:fs";

const port = process.env.E2E_PORT || "3200";
const env = {
  ...process.env,
  NODE_ENV: "production",
  PORT: port,
  AUTH_SECRET: process.env.AUTH_SECRET || randomBytes(33).toString("base64"),
  SIGNING_KEY: process.env.SIGNING_KEY || randomBytes(33).toString("base64"),
  APP_URL: `http://127.0.0.1:${port}`,
  SEED_DEMO: "1",
  // A test site: production refuses demo accounts unless DEMO_SITE=1 says so.
  DEMO_SITE: "1",
  LOGIN_MAX_PER_IP: "100000",
  LOGIN_MAX_PER_ACCOUNT: "1000",
  // Every e2e browser comes from 127.0.0.1: per-IP limits are tested in the integration suite.
  TRACK_RATE_LIMIT: "100000",
  ASPIRATION_RATE_LIMIT: "100000",
  ASPIRATION_NOSCRIPT_RATE_LIMIT: "100000",
  // Browsers driven by the suite fill forms in well under the 3 s a person needs (tested in integration).
  ASPIRATION_MIN_FILL_SECONDS: "1",
  PUBLIC_CHALLENGE: process.env.E2E_PUBLIC_CHALLENGE || "on",
};

// Each run starts on a fresh database: the data cache (unstable_cache) that an earlier run left in the
// build folder holds rows of that run's database (member ids, statistics), so it goes too.
rmSync(join(process.cwd(), ".next", "cache", "fetch-cache"), { recursive: true, force: true });

let cleanup = async () => {};
if (process.env.DATABASE_URL) {
  const name = `sidilan_e2e_${randomBytes(4).toString("hex")}`;
  const admin = new URL(process.env.DATABASE_URL);
  admin.pathname = "/postgres";
  const sql = postgres(admin.toString(), { max: 1, onnotice: () => {} });
  await sql.unsafe(`create database "${name}"`);
  await sql.end();
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
  cleanup = async () => {
    const s = postgres(admin.toString(), { max: 1, onnotice: () => {} });
    await s.unsafe(`drop database if exists "${name}" with (force)`).catch(() => {});
    await s.end();
  };
  console.log(`[e2e] PostgreSQL database ${name}`);
} else {
  const dir = mkdtempSync(join(tmpdir(), "sidilan-e2e-"));
  env.PGLITE_DIR = dir;
  cleanup = async () => rmSync(dir, { recursive: true, force: true });
  console.log(`[e2e] PGlite folder ${dir}`);
}

// A local SMTP sink: the outbox delivers real e-mail to it, and tests read what a citizen received
// from the mailbox file (one JSON line per message: to, raw).
const smtpPort = Number(port) + 90; // +50 and +60..69 belong to the outage and multi-instance tests
const mailbox = join(tmpdir(), `sidilan-e2e-mailbox-${port}.jsonl`);
writeFileSync(mailbox, "");
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  onData(stream, session, cb) {
    const chunks = [];
    stream.on("data", (c) => chunks.push(c));
    stream.on("end", () => {
      appendFileSync(
        mailbox,
        JSON.stringify({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        }) + "\n",
      );
      cb();
    });
  },
});
smtp.listen(smtpPort, "127.0.0.1");
env.SMTP_URL = `smtp://127.0.0.1:${smtpPort}`;
console.log(`[e2e] SMTP sink on ${smtpPort}, mailbox ${mailbox}`);

const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, "scripts/server.mjs", "-p", port, "-H", "127.0.0.1"], {
  env,
  stdio: "inherit",
});
const stop = async (code) => {
  child.kill("SIGTERM");
  smtp.close();
  await cleanup();
  process.exit(code ?? 0);
};
process.on("SIGTERM", () => void stop(0));
process.on("SIGINT", () => void stop(0));
child.on("exit", async (code) => {
  await cleanup();
  process.exit(code ?? 0);
});
