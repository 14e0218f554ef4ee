import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import lighthouse from "lighthouse";
import { assertPortFree, waitUntilReady, type BenchRow, type Suite } from "../lib";
import { waitForQuiet } from "../quiet";
import { PORT_OFFSET, startBare } from "./bare";

/** Debian's Chromium with a DevTools port, as Lighthouse expects (no download, no chrome-launcher). */
async function startChromium(port: number) {
  // A Chromium left on the port would answer in place of this one.
  await assertPortFree(port);
  const profile = mkdtempSync(join(tmpdir(), "sidilan-lh-"));
  const child = spawn(
    process.env.CHROME_PATH || "/usr/bin/chromium",
    [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-default-apps",
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profile}`,
      "about:blank",
    ],
    { stdio: "ignore" },
  );
  await waitUntilReady(`http://127.0.0.1:${port}/json/version`, child, "Chromium (DevTools port)", 30_000);
  return {
    port,
    async stop() {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGKILL");
      await exited;
      rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    },
  };
}

/** Public pages audited with Lighthouse's default (mobile, simulated throttling) configuration. */
export const LIGHTHOUSE_PAGES = [
  "/",
  "/aspirasi",
  "/aspirasi/kirim",
  "/lacak",
  "/statistik",
  "/pokir",
  "/pokir/usul",
  "/risalah",
  "/verifikasi",
  "/privasi",
];

/** How many times each page is audited; the row reports the median run (see `median`). */
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS || 3));

/** One audit's figures. */
interface Audit {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  kib: number;
  /** Idle share of the machine's CPU in the second before the audit, in percent. */
  idlePct: number;
}

/** The run with the median performance score (ties broken by blocking time): its figures stay together. */
export function median(runs: Audit[]): Audit {
  const sorted = [...runs].sort((a, b) => a.performance - b.performance || b.tbtMs - a.tbtMs);
  return sorted[(sorted.length - 1) >> 1];
}

/**
 * Lighthouse (mobile) scores of the public pages against a production server on PostgreSQL, in
 * Debian's Chromium, side by side with the bare Next.js page. One audit on this shared machine varies by
 * ±4 to ±8 points, so every page is audited LIGHTHOUSE_RUNS times (default 3) in interleaved rounds (the
 * bare page, then every page; again), and each row reports the median run, the range of its scores and
 * its difference to the bare page's median. Before each audit it waits (at most a minute) until the machine
 * has been 90 % idle for a second (bench/quiet.ts), since Lighthouse counts any other process's work as the
 * page's blocking time, and each row reports the least idle second before its audits (`idlePct`). A page
 * that answers 404 (a service not built) is reported and skipped.
 */
export const lighthouseSuite: Suite = {
  name: "lighthouse",
  async run(ctx) {
    const rows: BenchRow[] = [];
    const server = await ctx.startServer({ port: 3350 + PORT_OFFSET, databaseUrl: await ctx.freshDatabase() });
    const chrome = await startChromium(9333 + PORT_OFFSET);
    const bareApp = await startBare(await ctx.freshDatabase("sidilan_perf_lh_bare"));
    const pages: [string, string][] = [
      ["bare Next page", `${bareApp.url}/static`],
      ...LIGHTHOUSE_PAGES.map((p): [string, string] => [p, server.url + p]),
    ];
    const runs = new Map<string, Audit[]>();
    try {
      for (const [label, url] of pages) {
        const status = await fetch(url).then((r) => r.status);
        if (status === 200) runs.set(label, []);
        else rows.push({ suite: "lighthouse", name: label, figures: { status }, note: "skipped" });
      }
      for (let round = 0; round < RUNS; round++) {
        for (const [label, url] of pages) {
          if (!runs.has(label)) continue;
          const idle = await waitForQuiet();
          const result = await lighthouse(url, {
            port: chrome.port,
            output: "json",
            logLevel: "error",
            onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
          });
          const lhr = result!.lhr;
          const score = (k: string) => Math.round((lhr.categories[k]?.score ?? 0) * 100);
          const audit = (k: string) => Math.round(lhr.audits[k]?.numericValue ?? NaN);
          if (process.env.LIGHTHOUSE_DUMP)
            (await import("node:fs")).writeFileSync(
              `${process.env.LIGHTHOUSE_DUMP}/${label.replace(/\W+/g, "_") || "root"}-${round + 1}.json`,
              JSON.stringify(lhr),
            );
          runs.get(label)!.push({
            performance: score("performance"),
            accessibility: score("accessibility"),
            bestPractices: score("best-practices"),
            seo: score("seo"),
            fcpMs: audit("first-contentful-paint"),
            lcpMs: audit("largest-contentful-paint"),
            tbtMs: audit("total-blocking-time"),
            cls: lhr.audits["cumulative-layout-shift"]?.numericValue ?? NaN,
            kib: Math.round((lhr.audits["total-byte-weight"]?.numericValue ?? NaN) / 1024),
            idlePct: idle === null ? NaN : Math.round(idle * 100),
          });
        }
      }
    } finally {
      await bareApp.stop();
      await chrome.stop();
    }
    const bareRuns = runs.get("bare Next page");
    const base = bareRuns ? median(bareRuns) : null;
    for (const [label, all] of runs) {
      const m = median(all);
      const perf = all.map((a) => a.performance);
      rows.push({
        suite: "lighthouse",
        name: `${label} (mobile)`,
        figures: {
          ...(base
            ? {
                perfMinusBare: m.performance - base.performance,
                tbtToBare: Math.round((m.tbtMs / Math.max(1, base.tbtMs)) * 100) / 100,
                kibMinusBare: m.kib - base.kib,
              }
            : {}),
          runs: all.length,
          perfMin: Math.min(...perf),
          perfMax: Math.max(...perf),
          ...m,
          // How quiet the machine was before the audits: the least idle second of all runs.
          idlePct: Math.min(...all.map((a) => a.idlePct)),
          // Accessibility and best practices: the worst run, not the median.
          accessibility: Math.min(...all.map((a) => a.accessibility)),
          bestPractices: Math.min(...all.map((a) => a.bestPractices)),
        },
        target: "perf ≥ bare − 3, TBT ≤ 1.2 × bare, bytes ≤ bare + 25 KiB, a11y 100, bp ≥95 (medians)",
      });
    }
    return rows;
  },
};
