import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import lighthouse from "lighthouse";
import type { BenchRow, Suite } from "../lib";
import { PORT_OFFSET, startBare } from "./bare";

/** Debian's Chromium with a DevTools port, as Lighthouse expects (no download, no chrome-launcher). */
async function startChromium(port: number) {
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
  const deadline = Date.now() + 30_000;
  for (;;) {
    const ok = await fetch(`http://127.0.0.1:${port}/json/version`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error("Chromium did not open its DevTools port");
    await new Promise((r) => setTimeout(r, 300));
  }
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

/**
 * Lighthouse (mobile) scores of the public pages against a production server on PostgreSQL, in
 * Debian's Chromium. Targets: performance ≥ 95, accessibility 100, best practices ≥ 95,
 * SEO ≥ 95. A page that answers 404 (a service not built) is reported and skipped.
 */
export const lighthouseSuite: Suite = {
  name: "lighthouse",
  async run(ctx) {
    const rows: BenchRow[] = [];
    const server = await ctx.startServer({ port: 3350 + PORT_OFFSET, databaseUrl: await ctx.freshDatabase() });
    const chrome = await startChromium(9333 + PORT_OFFSET);
    const bareApp = await startBare(await ctx.freshDatabase("sidilan_perf_lh_bare"));
    let base: { performance: number; tbtMs: number; kib: number } | null = null;
    try {
      // The bare Next.js page first (same Chromium, same run): the baseline for every public page.
      for (const [label, url] of [
        ["bare Next page", `${bareApp.url}/static`],
        ...LIGHTHOUSE_PAGES.map((p) => [p, server.url + p]),
      ]) {
        const path = label;
        const status = await fetch(url).then((r) => r.status);
        if (status !== 200) {
          rows.push({ suite: "lighthouse", name: path, figures: { status }, note: "skipped" });
          continue;
        }
        const result = await lighthouse(url, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
        });
        const c = result!.lhr.categories;
        const score = (k: string) => Math.round((c[k]?.score ?? 0) * 100);
        const audit = (k: string) => Math.round(result!.lhr.audits[k]?.numericValue ?? NaN);
        if (process.env.LIGHTHOUSE_DUMP)
          (await import("node:fs")).writeFileSync(
            `${process.env.LIGHTHOUSE_DUMP}/${path.replace(/\W+/g, "_") || "root"}.json`,
            JSON.stringify(result!.lhr),
          );
        const kib = Math.round((result!.lhr.audits["total-byte-weight"]?.numericValue ?? NaN) / 1024);
        const relative = (): Record<string, number> => {
          if (!base) return {};
          return {
            perfMinusBare: score("performance") - base.performance,
            tbtToBare: Math.round((audit("total-blocking-time") / Math.max(1, base.tbtMs)) * 100) / 100,
            kibMinusBare: kib - base.kib,
          };
        };
        if (!base) base = { performance: score("performance"), tbtMs: audit("total-blocking-time"), kib };
        rows.push({
          suite: "lighthouse",
          name: `${path} (mobile)`,
          figures: {
            ...relative(),
            kib,
            performance: score("performance"),
            accessibility: score("accessibility"),
            bestPractices: score("best-practices"),
            seo: score("seo"),
            fcpMs: audit("first-contentful-paint"),
            lcpMs: audit("largest-contentful-paint"),
            tbtMs: audit("total-blocking-time"),
            cls: result!.lhr.audits["cumulative-layout-shift"]?.numericValue ?? NaN,
          },
          target: "perf ≥ bare − 3, TBT ≤ 1.2 × bare, bytes ≤ bare + 25 KiB, a11y 100, bp ≥95",
        });
      }
    } finally {
      await bareApp.stop();
      await chrome.stop();
    }
    return rows;
  },
};
