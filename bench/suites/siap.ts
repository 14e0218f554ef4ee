import postgres from "postgres";
import { load, type BenchRow, type Suite } from "../lib";

// Read at run time: run.ts sets BENCH_SIAP_ROWS from --rows after the suites are imported.
const bulkRows = () => Number(process.env.BENCH_SIAP_ROWS || 100_000);

/** Fast bulk seed with generate_series: `n` aspirations spread over kelurahan, categories and statuses. */
async function bulkSeed(sql: postgres.Sql, n: number) {
  await sql.unsafe(`
    insert into aspirations (tracking_code, title, body, category_id, kecamatan_id, kelurahan_id, dapil_id, status, channel, created_at, verified_at, routed_to_dapil)
    select 'ASP-' || substr(a, ((g::bigint * 7919 + 13) / 1 % 30)::int + 1, 1) || substr(a, ((g::bigint * 7919 + 13) / 30 % 30)::int + 1, 1) || substr(a, ((g::bigint * 7919 + 13) / 900 % 30)::int + 1, 1) || substr(a, ((g::bigint * 7919 + 13) / 27000 % 30)::int + 1, 1) || '-' || substr(a, ((g::bigint * 7919 + 13) / 810000 % 30)::int + 1, 1) || substr(a, ((g::bigint * 7919 + 13) / 24300000 % 30)::int + 1, 1) || substr(a, ((g::bigint * 7919 + 13) / 729000000 % 30)::int + 1, 1) || substr(a, ((g::bigint * 7919 + 13) / 21870000000 % 30)::int + 1, 1),
           'Aspirasi uji beban nomor ' || g || ' tentang jalan dan drainase',
           'Uraian aspirasi uji beban nomor ' || g || ': jalan berlubang dan saluran air tersumbat di lingkungan warga.',
           1 + (g % 9), k.kecamatan_id, k.id, dk.dapil_id,
           (array['diterima','diverifikasi','ditindaklanjuti','selesai','ditolak','dialihkan']::aspiration_status[])[1 + (g % 6)],
           'web', now() - make_interval(mins => g), case when g % 6 > 0 then now() - make_interval(mins => g) + interval '1 day' end, g % 6 > 0
    from generate_series(1, ${n}) g, (select '23456789ABCDEFGHJKMNPQRSTVWXYZ'::text as a) alphabet
    join lateral (select id, kecamatan_id from kelurahan order by id offset (g % 34) limit 1) k on true
    left join dapil_kecamatan dk on dk.kecamatan_id = k.kecamatan_id
    on conflict do nothing`);
  await sql.unsafe(
    `insert into aspiration_events (aspiration_id, at, kind, to_status) select a.id, a.created_at, 'status', 'diterima' from aspirations a where not exists (select 1 from aspiration_events e where e.aspiration_id = a.id)`,
  );
  await sql.unsafe("analyze aspirations; analyze aspiration_events");
}

const submission = (i: number) => ({
  title: `Jalan berlubang di depan sekolah nomor ${i}`,
  body: "Jalan di depan sekolah berlubang besar dan membahayakan anak-anak yang pulang sekolah setiap hari.",
  category: "infrastruktur",
  kelurahan: "damai",
  name: "Warga Uji Beban",
  email: `warga${i}@contoh.id`,
  consent: true,
});

/**
 * SIAP: public submissions through POST /api/v1/aspirasi at 32 connections (PUBLIC_CHALLENGE=off,
 * rate limit off) with the count of stored rows compared to the 201s; a bare insert-only route in the
 * same run for the ratio; then GET /lacak and the tracking API with BENCH_SIAP_ROWS (100,000) aspirations.
 */
export const siap: Suite = {
  name: "siap",
  async run(ctx) {
    const rows: BenchRow[] = [];
    const dbUrl = await ctx.freshDatabase("sidilan_siap_bench");
    const server = await ctx.startServer({
      port: 3212,
      databaseUrl: dbUrl,
      env: {
        PUBLIC_CHALLENGE: "off",
        ASPIRATION_RATE_LIMIT: "0",
        TRACK_RATE_LIMIT: "0",
        BENCH_ROUTES: "1",
        OUTBOX_WORKER: "off",
      },
    });
    const sql = postgres(dbUrl, { max: 2, onnotice: () => {} });
    try {
      let n = 0;
      const unique = (req: Record<string, unknown>) => ({ ...req, body: JSON.stringify(submission(++n)) });
      const headers = { "content-type": "application/json" };
      const api = `${server.url}/api/v1/aspirasi`;
      const bare = `${server.url}/api/bench/aspirasi-bare`;
      await load({ url: api, connections: 8, duration: 3, method: "POST", headers, setupRequest: unique });
      await load({ url: bare, connections: 8, duration: 2, method: "POST", headers, setupRequest: unique });

      const count = async () =>
        (
          await sql<
            { n: number }[]
          >`select count(*)::int as n from aspirations where channel = 'api' and created_by is null and consent_at is not null and reporter_phone is null and exists (select 1 from aspiration_events e where e.aspiration_id = aspirations.id)`
        )[0].n;
      const before = await count();
      const r = await load({
        url: api,
        connections: 32,
        duration: ctx.duration,
        method: "POST",
        headers,
        setupRequest: unique,
      });
      await new Promise((res) => setTimeout(res, 1500));
      const stored = (await count()) - before;
      const created = r.statusCounts["201"] ?? 0;
      rows.push({
        suite: "siap",
        name: "POST /api/v1/aspirasi @32",
        figures: {
          acceptedPerS: Math.round((created / ctx.duration) * 10) / 10,
          rps: r.rps,
          p50Ms: r.p50Ms,
          p95Ms: r.p95Ms,
          p99Ms: r.p99Ms,
          created,
          storedInDb: stored,
          storedMinus201: stored - created,
          non2xx: r.non2xx,
          errors: r.errors,
        },
        target: "≥ 250 accepted/s, p99 < 500 ms, stored = 201s",
        note: "storedMinus201 > 0 only for requests in flight when the window closed (their responses are dropped), at most 32",
      });
      const b = await load({
        url: bare,
        connections: 32,
        duration: ctx.duration,
        method: "POST",
        headers,
        setupRequest: unique,
      });
      const bareCreated = b.statusCounts["201"] ?? 0;
      rows.push({
        suite: "siap",
        name: "bare insert-only route @32 (baseline)",
        figures: {
          acceptedPerS: Math.round((bareCreated / ctx.duration) * 10) / 10,
          p50Ms: b.p50Ms,
          p99Ms: b.p99Ms,
          ratioApiToBare: Math.round((created / Math.max(1, bareCreated)) * 100) / 100,
        },
      });

      const t0 = Date.now();
      try {
        await bulkSeed(sql, bulkRows());
      } catch (e) {
        rows.push({ suite: "siap", name: "bulk seed", figures: { error: String((e as Error).message) } });
        return rows;
      }
      const [{ total }] = await sql<{ total: number }[]>`select count(*)::int as total from aspirations`;
      rows.push({
        suite: "siap",
        name: "bulk seed (generate_series)",
        figures: { rows: total, seconds: Math.round((Date.now() - t0) / 100) / 10 },
      });
      const codes = (
        await sql<{ c: string }[]>`select tracking_code as c from aspirations order by random() limit 500`
      ).map((x) => x.c);
      let k = 0;
      const lacak = await load({
        url: `${server.url}/lacak`,
        connections: 16,
        duration: ctx.duration,
        setupRequest: (req) => ({ ...req, path: `/lacak?kode=${codes[k++ % codes.length]}` }),
      });
      rows.push({
        suite: "siap",
        name: `GET /lacak?kode=… @16 with ${total} aspirations`,
        figures: { rps: lacak.rps, p50Ms: lacak.p50Ms, p95Ms: lacak.p95Ms, p99Ms: lacak.p99Ms, non2xx: lacak.non2xx },
      });
      const apiTrack = await load({
        url: `${server.url}/api/v1/aspirasi/x`,
        connections: 16,
        duration: ctx.duration,
        setupRequest: (req) => ({ ...req, path: `/api/v1/aspirasi/${codes[k++ % codes.length]}` }),
      });
      rows.push({
        suite: "siap",
        name: `GET /api/v1/aspirasi/{code} @16 with ${total} aspirations`,
        figures: {
          rps: apiTrack.rps,
          p50Ms: apiTrack.p50Ms,
          p95Ms: apiTrack.p95Ms,
          p99Ms: apiTrack.p99Ms,
          non2xx: apiTrack.non2xx,
        },
      });
      const list = await load({
        url: `${server.url}/aspirasi?q=drainase`,
        connections: 8,
        duration: Math.max(3, Math.floor(ctx.duration / 2)),
      });
      rows.push({
        suite: "siap",
        name: `GET /aspirasi?q=drainase @8 (full-text, ${total} rows)`,
        figures: { rps: list.rps, p50Ms: list.p50Ms, p95Ms: list.p95Ms, non2xx: list.non2xx },
      });
      // Lighthouse for these pages: the `lighthouse` suite (bench/suites/lighthouse.ts).
    } finally {
      await sql.end();
      await server.stop();
    }
    return rows;
  },
};
