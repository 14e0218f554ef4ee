/*
 * npm run fault-test — the reproducible fault test of the operations issue (see README "Fault test").
 *
 * Two `next start` instances on one fresh PostgreSQL database take a load of public aspiration
 * submissions (POST /api/v1/aspirasi, alternating instances). After FAULT_KILL_AT seconds one instance
 * is killed (SIGKILL); after FAULT_RESTART_AT seconds PostgreSQL itself is restarted
 * (pg_ctlcluster … restart, needs root). The load goes on until FAULT_DURATION. Then every
 * submission that was answered 201 must be in the database exactly once, and no submission may be
 * stored twice. Needs a production build (npm run build). Exit code 1 when the check fails.
 */
import { execSync } from "node:child_process";
import { readdirSync } from "node:fs";
import postgres from "postgres";
import { freshDatabase, sharedSecrets, startInstance, type Instance } from "../tests/e2e/instances";

const DURATION = Number(process.env.FAULT_DURATION || 40);
const KILL_AT = Number(process.env.FAULT_KILL_AT || 10);
const RESTART_AT = Number(process.env.FAULT_RESTART_AT || 20);
const CLIENTS = Number(process.env.FAULT_CLIENTS || 16);
const PORT = Number(process.env.FAULT_PORT || 3380);

function restartPostgres(): number {
  const t0 = Date.now();
  const ver = readdirSync("/etc/postgresql").sort().pop();
  execSync(`pg_ctlcluster --skip-systemctl-redirect ${ver} main restart`, { stdio: "inherit" });
  return Date.now() - t0;
}

async function main() {
  const db = await freshDatabase("sidilan_fault");
  const env = {
    ...sharedSecrets(),
    DATABASE_URL: db.url,
    SEED_DEMO: "1",
    PUBLIC_CHALLENGE: "off",
    ASPIRATION_RATE_LIMIT: "0",
    OUTBOX_WORKER: "0",
  };
  const a: Instance = await startInstance(PORT, env);
  const b: Instance = await startInstance(PORT + 1, env);
  const started = Date.now();
  const elapsed = () => (Date.now() - started) / 1000;
  const accepted = new Map<string, string>(); // client reference -> tracking code
  const outcome: Record<string, number> = {};
  let seq = 0;
  const client = async (c: number) => {
    while (elapsed() < DURATION) {
      const ref = `fault-${c}-${++seq}`;
      const base = seq % 2 === 0 ? a.base : b.base;
      let key: string;
      try {
        const res = await fetch(`${base}/api/v1/aspirasi`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({
            title: `Uji gangguan ${ref}`,
            body: `Aspirasi uji gangguan dengan rujukan ${ref}.`,
            category: "infrastruktur",
            kelurahan: "damai",
            anonymous: true,
            consent: true,
          }),
          signal: AbortSignal.timeout(15_000),
        });
        key = String(res.status);
        if (res.status === 201) accepted.set(ref, ((await res.json()) as { trackingCode: string }).trackingCode);
        else await res.arrayBuffer();
      } catch {
        key = "connection error";
        await new Promise((r) => setTimeout(r, 100));
      }
      outcome[key] = (outcome[key] ?? 0) + 1;
    }
  };
  const faults = (async () => {
    await new Promise((r) => setTimeout(r, KILL_AT * 1000));
    b.child.kill("SIGKILL");
    console.log(`[fault] ${elapsed().toFixed(1)} s: instance ${b.base} killed`);
    await new Promise((r) => setTimeout(r, Math.max(0, RESTART_AT - elapsed()) * 1000));
    console.log(`[fault] ${elapsed().toFixed(1)} s: restarting PostgreSQL`);
    const ms = restartPostgres();
    console.log(`[fault] ${elapsed().toFixed(1)} s: PostgreSQL back after ${ms} ms`);
  })();
  await Promise.all([faults, ...Array.from({ length: CLIENTS }, (_, i) => client(i))]);
  await a.stop();

  const sql = postgres(db.url, { max: 1, onnotice: () => {} });
  const rows = await sql<{ tracking_code: string; ref: string }[]>`
    select tracking_code, substring(title from 'fault-[0-9]+-[0-9]+') as ref from aspirations where title like 'Uji gangguan fault-%'`;
  await sql.end();
  const byRef = new Map<string, number>();
  for (const r of rows) byRef.set(r.ref, (byRef.get(r.ref) ?? 0) + 1);
  const codes = new Set(rows.map((r) => r.tracking_code));
  const missing = [...accepted.values()].filter((code) => !codes.has(code));
  const duplicated = [...byRef.values()].filter((n) => n > 1).length;
  const stored = rows.length;
  console.log("\n| outcome | count |\n|---|---|");
  for (const [k, v] of Object.entries(outcome).sort()) console.log(`| ${k} | ${v} |`);
  console.log(
    `\nanswered 201: ${accepted.size}; stored: ${stored}; 201 missing from the database: ${missing.length}; stored twice: ${duplicated}`,
  );
  console.log(`stored without a 201 (the answer was lost with the connection): ${stored - accepted.size}`);
  await db.drop();
  const ok = missing.length === 0 && duplicated === 0 && accepted.size > 0;
  console.log(ok ? "FAULT TEST PASSED" : "FAULT TEST FAILED");
  process.exit(ok ? 0 : 1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
