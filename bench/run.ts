/*
 * npm run bench [-- suite ...]: run benchmarks against a production build and print a table plus JSON.
 * Figures only: nothing here passes or fails on time. Needs PostgreSQL (BENCH_PG_URL, default
 * postgres://postgres@127.0.0.1:5432/postgres) for fresh databases. Builds first unless BENCH_SKIP_BUILD=1.
 */
import { execSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createContext, type BenchRow, type Suite } from "./lib";
import { foundation } from "./suites/foundation";
import { surat } from "./suites/surat";
import { risalah } from "./suites/risalah";
import { instances } from "./suites/instances";
import { lighthouseSuite } from "./suites/lighthouse";
import { siap } from "./suites/siap";
import { pokir } from "./suites/pokir";
import { bare } from "./suites/bare";
import { epaper } from "./suites/epaper";
import { data } from "./suites/data";

const SUITES: Suite[] = [bare, foundation, surat, risalah, siap, pokir, data, epaper, instances, lighthouseSuite];

async function main() {
  const args = process.argv.slice(2);
  // --quick: short windows (~2 minutes for the bare suite); --rows N: aspirations seeded for search (siap, data).
  const quick = args.includes("--quick");
  const rowsAt = args.indexOf("--rows");
  if (rowsAt >= 0) process.env.BENCH_SIAP_ROWS = args[rowsAt + 1];
  const wanted = args.filter((a, i) => !a.startsWith("-") && args[i - 1] !== "--rows");
  const suites = wanted.length ? SUITES.filter((s) => wanted.includes(s.name)) : SUITES;
  if (suites.length === 0) throw new Error(`unknown suite; known: ${SUITES.map((s) => s.name).join(", ")}`);
  if (process.env.BENCH_SKIP_BUILD !== "1")
    execSync("npm run build", { stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
  const pgAdminUrl = process.env.BENCH_PG_URL || "postgres://postgres@127.0.0.1:5432/postgres";
  const duration = Number(process.env.BENCH_DURATION || (quick ? 3 : 10));
  const rows: BenchRow[] = [];
  for (const suite of suites) {
    const { ctx, cleanup } = createContext(pgAdminUrl, duration);
    console.log(`\n▶ ${suite.name}`);
    try {
      const r = await suite.run(ctx);
      rows.push(...r);
      for (const row of r) console.log(`  ${row.name}: ${JSON.stringify(row.figures)}`);
    } catch (e) {
      console.error(`  suite ${suite.name} failed:`, e);
      rows.push({ suite: suite.name, name: "error", figures: { error: String((e as Error).message) } });
    } finally {
      await cleanup();
    }
  }
  const os = await import("node:os");
  console.log(
    `\nMachine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "?"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; ${new Date().toISOString()}; window ${duration} s`,
  );
  console.log("\n| suite | benchmark | figures | target |\n|---|---|---|---|");
  for (const r of rows) {
    const figs = Object.entries(r.figures)
      .map(([k, v]) => `${k}=${v}`)
      .join(", ");
    console.log(`| ${r.suite} | ${r.name} | ${figs} | ${r.target ?? ""} |`);
  }
  const report = {
    at: new Date().toISOString(),
    machine: { cpus: (await import("node:os")).cpus().length, node: process.version },
    rows,
  };
  mkdirSync("bench/results", { recursive: true });
  const file = `bench/results/${report.at.replace(/[:.]/g, "-")}.json`;
  writeFileSync(file, JSON.stringify(report, null, 2));
  console.log(`\nJSON (${file}):\n${JSON.stringify(report)}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
