import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { listPublicAspirations } from "@/lib/aspirations/public";
import * as schema from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { load, type BenchRow, type Suite } from "../lib";
import { seedInboxData } from "../pokir-seed";

/** Aspirations seeded for the data suite (`--rows N`, read at run time: run.ts sets it after the imports). */
const rowsWanted = () => Number(process.env.BENCH_SIAP_ROWS || 1_000_000);
/** Print every plan in full (BENCH_EXPLAIN=full); otherwise the first lines of each. */
const FULL_PLANS = process.env.BENCH_EXPLAIN === "full";

/** Public list queries whose plans and timings the suite reports. */
const SEARCHES: { label: string; query: Record<string, string> }[] = [
  { label: "no search, first page", query: {} },
  { label: "q=drainase (common word)", query: { q: "drainase" } },
  { label: "q=jembatan lapuk (two words)", query: { q: "jembatan lapuk" } },
  { label: "q=drainase, one kecamatan", query: { q: "drainase", kecamatan: "1" } },
  { label: "q=xyzzy (no match)", query: { q: "xyzzy" } },
];

/**
 * Routing and answers the member profile figures read (as bench/member-profile.ts prepares them):
 * verification dates, public answers by a member of the dapil, pokir adopted by one.
 */
async function prepareMemberFigures(sql: postgres.Sql) {
  await sql.unsafe(
    `create temp table bench_members as select id, dapil_id, row_number() over (partition by dapil_id order by id) - 1 as rn, count(*) over (partition by dapil_id) as n from users where role = 'member'`,
  );
  await sql.unsafe(
    `update aspirations set verified_at = created_at + interval '1 day' where status not in ('diterima', 'ditolak', 'dialihkan')`,
  );
  await sql.unsafe(`insert into aspiration_events (aspiration_id, at, actor_id, kind, public_note)
    select a.id, a.verified_at + make_interval(days => (hashtext(a.id::text) & 7)), m.id, 'answer', 'Jawaban'
    from aspirations a join bench_members m on m.dapil_id = a.dapil_id and m.rn = (hashtext(a.tracking_code) & 1023) % m.n
    where a.verified_at is not null and a.routed_to_dapil and hashtext(a.id::text) & 1 = 0`);
  await sql.unsafe(`update pokir_proposals p set adopted_by = m.id, adopted_at = p.created_at
    from bench_members m where m.dapil_id = p.dapil_id and m.rn = (hashtext(p.tracking_code) & 1023) % m.n and p.status in ('diadopsi', 'difinalisasi', 'diakomodir')`);
  for (const t of ["aspirations", "aspiration_events", "pokir_proposals"]) await sql.unsafe(`vacuum analyze ${t}`);
}

/** The SQL statements one call of listPublicAspirations sends, captured through drizzle's logger. */
async function capturePublicListSql(url: string, query: Record<string, string>) {
  const captured: { sql: string; params: unknown[] }[] = [];
  const client = postgres(url, { max: 2, onnotice: () => {} });
  const db = drizzle({
    client,
    schema,
    logger: { logQuery: (q, params) => captured.push({ sql: q, params }) },
  }) as unknown as Db;
  try {
    const list = await listPublicAspirations(query, {}, db);
    return { captured, list };
  } finally {
    await client.end();
  }
}

/** EXPLAIN (ANALYZE, BUFFERS) of a statement; prints the plan, returns the execution time and top node. */
async function explain(sql: postgres.Sql, label: string, q: { sql: string; params: unknown[] }) {
  const plan = (await sql.unsafe(`explain (analyze, buffers) ${q.sql}`, q.params as never[])).map(
    (r) => (r as Record<string, string>)["QUERY PLAN"],
  );
  console.log(`\n  EXPLAIN ${label}\n    ${(FULL_PLANS ? plan : plan.slice(0, 14)).join("\n    ")}`);
  const exec = plan.find((l) => l.startsWith("Execution Time"));
  const indexes = [...new Set(plan.flatMap((l) => [...l.matchAll(/(?:using|on) (\w+_idx)/gi)].map((m) => m[1])))];
  return {
    execMs: exec ? Number(exec.replace(/[^0-9.]/g, "")) : NaN,
    indexes: indexes.join(" + ") || "none",
    seqScan: plan.some((l) => /Seq Scan on aspirations/.test(l)) ? "yes" : "no",
  };
}

/**
 * Data at scale (issue 13 data half, issue 15 profile): `--rows` (1,000,000) aspirations + ROWS/5 pokir seeded with
 * generate_series, then
 *  - the public list /aspirasi?q=… : EXPLAIN (ANALYZE, BUFFERS) of the page and the capped count
 *    exactly as listPublicAspirations sends them, and load on the page (first and second page);
 *  - /anggota/{slug} with precomputed (cached) figures;
 *  - signed minutes PDF downloads @16, and the same with If-None-Match (304).
 */
export const data: Suite = {
  name: "data",
  async run(ctx) {
    const rows: BenchRow[] = [];
    const ROWS = rowsWanted(); // pokir: a fifth of it (1,000,000 + 200,000)
    const url = await ctx.freshDatabase("h_speeddata_data");
    const server = await ctx.startServer({ port: 3236, databaseUrl: url, env: { OUTBOX_WORKER: "off" } });
    const sql = postgres(url, { max: 2, onnotice: () => {} });
    try {
      const t0 = Date.now();
      await seedInboxData(sql, { aspirations: ROWS, pokir: Math.round(ROWS / 5) });
      await prepareMemberFigures(sql);
      const [{ total, pub }] = await sql<{ total: number; pub: number }[]>`
        select count(*)::int as total, count(*) filter (where not is_confidential and status in ('diverifikasi','ditindaklanjuti','selesai','dialihkan'))::int as pub from aspirations`;
      const [{ pokir }] = await sql<{ pokir: number }[]>`select count(*)::int as pokir from pokir_proposals`;
      rows.push({
        suite: "data",
        name: "seed (generate_series)",
        figures: { aspirations: total, publicAspirations: pub, pokir, seconds: Math.round((Date.now() - t0) / 1000) },
      });

      // 1. Query plans of the public list, as the service sends them.
      let secondPage: string | null = null;
      for (const s of SEARCHES) {
        const { captured, list } = await capturePublicListSql(url, s.query);
        if (s.query.q === "drainase" && !s.query.kecamatan) secondPage = list.nextCursor;
        // The capped count runs first; no page query follows when nothing matches.
        const count = captured.find((q) => q.sql.includes("count(*)"))!;
        const page = captured.find((q) => q !== count);
        const none = { execMs: 0, indexes: "(not run: no match)", seqScan: "no" };
        const p = page ? await explain(sql, `${s.label}: page`, page) : none;
        const c = await explain(sql, `${s.label}: capped count`, count);
        rows.push({
          suite: "data",
          name: `EXPLAIN public list, ${s.label}`,
          figures: {
            pageMs: p.execMs,
            pageIndexes: p.indexes,
            countMs: c.execMs,
            countIndexes: c.indexes,
            seqScan: p.seqScan === "yes" || c.seqScan === "yes" ? "yes" : "no",
            shown: list.total.capped ? `lebih dari ${list.total.count}` : list.total.count,
          },
        });
      }
      if (secondPage) {
        const { captured } = await capturePublicListSql(url, { q: "drainase", setelah: secondPage });
        const p = await explain(
          sql,
          "q=drainase, second page (keyset)",
          captured.find((q) => !q.sql.includes("count(*)"))!,
        );
        rows.push({
          suite: "data",
          name: "EXPLAIN public list, q=drainase second page (keyset)",
          figures: { pageMs: p.execMs, pageIndexes: p.indexes, seqScan: p.seqScan },
        });
      }

      // 2. The page under load.
      const pages: [string, string][] = [
        ["GET /aspirasi?q=drainase", "/aspirasi?q=drainase"],
        ["GET /aspirasi?q=jembatan+lapuk", "/aspirasi?q=jembatan+lapuk"],
        ["GET /aspirasi (no search)", "/aspirasi"],
      ];
      if (secondPage) pages.push(["GET /aspirasi?q=drainase, page 2", `/aspirasi?q=drainase&setelah=${secondPage}`]);
      // @1: what one visitor waits for; @8: the server saturated (2 cores share it with the load driver).
      // Each request carries a parameter of its own (ignored by the page), so none is answered from the page
      // cache (scripts/page-cache.mjs): these rows measure the search itself. The last row of each page is the
      // same URL repeated, as a popular search is, answered from the cache.
      let b = 0;
      const uncached = (path: string) => (req: Record<string, unknown>) => ({
        ...req,
        path: `${path}${path.includes("?") ? "&" : "?"}b=${++b}`,
      });
      for (const [name, path] of pages) {
        await load({ url: `${server.url}${path}`, connections: 2, duration: 1, setupRequest: uncached(path) });
        for (const connections of [1, 8]) {
          const r = await load({
            url: `${server.url}${path}`,
            connections,
            duration: ctx.duration,
            setupRequest: uncached(path),
          });
          rows.push({
            suite: "data",
            name: `${name} @${connections}, uncached (${total} aspirations)`,
            figures: { rps: r.rps, p50Ms: r.p50Ms, p95Ms: r.p95Ms, p99Ms: r.p99Ms, non2xx: r.non2xx },
            target: "p95 < 300 ms",
          });
        }
        const repeat = await load({ url: `${server.url}${path}`, connections: 8, duration: ctx.duration });
        rows.push({
          suite: "data",
          name: `${name} @8, one URL repeated (page cache)`,
          figures: {
            rps: repeat.rps,
            p50Ms: repeat.p50Ms,
            p95Ms: repeat.p95Ms,
            p99Ms: repeat.p99Ms,
            non2xx: repeat.non2xx,
          },
          target: "p95 < 300 ms",
        });
      }

      // 3. Member profiles: the figures are precomputed and cached (lib/members/cached.ts).
      const directory = await (await fetch(`${server.url}/anggota`)).text();
      const slugs = [...new Set([...directory.matchAll(/href="\/anggota\/([a-z0-9-]+)"/g)].map((m) => m[1]))];
      if (slugs.length) {
        const cold: number[] = [];
        for (const slug of slugs) {
          const s = performance.now();
          await (await fetch(`${server.url}/anggota/${slug}`)).text();
          cold.push(performance.now() - s);
        }
        cold.sort((a, b) => a - b);
        let i = 0;
        for (const connections of [1, 8]) {
          const r = await load({
            url: `${server.url}/anggota/${slugs[0]}`,
            connections,
            duration: ctx.duration,
            // Uncached (see above): the member's figures come from the data cache, the page is rendered.
            setupRequest: (req) => ({ ...req, path: `/anggota/${slugs[i++ % slugs.length]}?b=${++b}` }),
          });
          rows.push({
            suite: "data",
            name: `GET /anggota/{slug} @${connections}, uncached, over ${slugs.length} members (${total} aspirations, ${pokir} pokir)`,
            figures: {
              rps: r.rps,
              p50Ms: r.p50Ms,
              p95Ms: r.p95Ms,
              p99Ms: r.p99Ms,
              non2xx: r.non2xx,
              firstVisitMaxMs: Math.round(cold[cold.length - 1]),
              firstVisitMedianMs: Math.round(cold[Math.floor(cold.length / 2)]),
            },
            target: "p95 < 150 ms",
            note: "firstVisit = the request that computes a member's figures (cache miss)",
          });
        }
      } else
        rows.push({ suite: "data", name: "GET /anggota/{slug}", figures: { error: "no member links on /anggota" } });

      // 4. Signed minutes PDF: stored bytes @16, and repeat downloads with If-None-Match (304).
      const list = (await (await fetch(`${server.url}/api/v1/risalah`)).json()) as { items: { pdfUrl: string }[] };
      const pdfUrl = list.items[0]?.pdfUrl.replace(/^https?:\/\/[^/]+/, server.url);
      if (pdfUrl) {
        const first = await fetch(pdfUrl);
        const bytes = (await first.arrayBuffer()).byteLength;
        const etag = first.headers.get("etag") ?? "";
        const repeat = await fetch(pdfUrl, { headers: { "if-none-match": etag } });
        await load({ url: pdfUrl, connections: 4, duration: 1 });
        const full = await load({ url: pdfUrl, connections: 16, duration: ctx.duration });
        rows.push({
          suite: "data",
          name: "GET signed minutes PDF (stored bytes) @16",
          figures: {
            rps: full.rps,
            p50Ms: full.p50Ms,
            p99Ms: full.p99Ms,
            non2xx: full.non2xx,
            kib: Math.round(bytes / 1024),
            cacheControl: first.headers.get("cache-control") ?? "",
          },
          target: "≥ 400 req/s",
        });
        const cond = await load({
          url: pdfUrl,
          connections: 16,
          duration: ctx.duration,
          headers: { "if-none-match": etag },
        });
        rows.push({
          suite: "data",
          name: "GET signed minutes PDF with If-None-Match @16",
          figures: {
            rps: cond.rps,
            p50Ms: cond.p50Ms,
            p99Ms: cond.p99Ms,
            status304: cond.statusCounts["304"] ?? 0,
            other: cond.requests - (cond.statusCounts["304"] ?? 0),
            firstRepeatStatus: repeat.status,
          },
          target: "repeat → 304",
        });
      } else rows.push({ suite: "data", name: "signed PDF", figures: { error: "no published minutes" } });
    } finally {
      await sql.end();
      await server.stop();
    }
    return rows;
  },
};
