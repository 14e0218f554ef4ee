import { createHash, randomBytes } from "node:crypto";
import { PgDialect } from "drizzle-orm/pg-core";
import postgres from "postgres";
import type { Actor } from "@/lib/auth/roles";
import { inboxPageSql } from "@/lib/inbox/service";
import { inboxQuerySchema } from "@/lib/inbox/query";
import { load, percentile, type BenchRow, type Suite } from "../lib";
import { seedInboxData } from "../pokir-seed";

const SCALE = Number(process.env.BENCH_POKIR_SCALE || 1);
const RUNS = Number(process.env.BENCH_POKIR_RUNS || 200);

async function memberToken(sql: postgres.Sql, email: string) {
  const [u] = await sql<
    { id: string; dapil_id: number; komisi_id: number | null }[]
  >`select id, dapil_id, komisi_id from users where email = ${email}`;
  const token = `sdl_benchinb_${randomBytes(24).toString("base64url")}`;
  await sql`insert into api_tokens (user_id, name, prefix, token_hash, scope) values (${u.id}, 'bench', 'benchinb', ${createHash("sha256").update(token).digest("hex")}, 'read')`;
  return { token, user: u };
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { p50: +percentile(s, 50).toFixed(2), p95: +percentile(s, 95).toFixed(2) };
};

/**
 * Member inbox over 1,000,000 aspirations + 200,000 pokir (about 80 s of seeding here; a smaller
 * scale with e.g. BENCH_POKIR_SCALE=0.2): first page and a filtered + searched page through the API,
 * server and database time from Server-Timing, the bare SQL in the same run, and EXPLAIN.
 */
export const pokir: Suite = {
  name: "pokir",
  async run(ctx) {
    const rows: BenchRow[] = [];
    const url = await ctx.freshDatabase("sidilan_pokir_bench");
    const server = await ctx.startServer({ port: 3225, databaseUrl: url });
    const sql = postgres(url, { max: 4, onnotice: () => {} });
    try {
      const counts = { aspirations: Math.round(1_000_000 * SCALE), pokir: Math.round(200_000 * SCALE) };
      const seeded = await seedInboxData(sql, counts);
      rows.push({
        suite: "pokir",
        name: "seed (generate_series)",
        figures: { ...counts, seconds: seeded.seconds, scale: SCALE },
        note:
          SCALE < 1
            ? `scale ${SCALE} of the target data set (BENCH_POKIR_SCALE=1 for 1,000,000 + 200,000)`
            : "full scale",
      });
      const { token, user } = await memberToken(sql, "anggota.dapil1@sidilan.test");
      const [kel] = await sql<
        { id: number }[]
      >`select kel.id from kelurahan kel join dapil_kecamatan dk on dk.kecamatan_id = kel.kecamatan_id where dk.dapil_id = ${user.dapil_id} order by kel.id limit 1`;
      const actor = { id: user.id, role: "member", dapilId: user.dapil_id, komisiId: user.komisi_id } as Actor;
      const cases = {
        "first page": {},
        "filtered + searched": { q: "jalan rusak", kelurahan: String(kel.id), status: "diverifikasi" },
      } as Record<string, Record<string, string>>;
      const dialect = new PgDialect();
      const headers = { authorization: `Bearer ${token}` };
      for (const [name, params] of Object.entries(cases)) {
        const path = `/api/v1/pokir/kotak-masuk?${new URLSearchParams(params)}`;
        for (let i = 0; i < 20; i++) await fetch(server.url + path, { headers }).then((r) => r.arrayBuffer()); // warm-up
        const client: number[] = [];
        const db: number[] = [];
        const app: number[] = [];
        let items = 0;
        for (let i = 0; i < RUNS; i++) {
          const t0 = performance.now();
          const res = await fetch(server.url + path, { headers });
          const body = (await res.json()) as { items: unknown[] };
          client.push(performance.now() - t0);
          items = body.items.length;
          const timing = res.headers.get("server-timing") ?? "";
          db.push(Number(/db;dur=([\d.]+)/.exec(timing)?.[1] ?? NaN));
          app.push(Number(/app;dur=([\d.]+)/.exec(timing)?.[1] ?? NaN));
        }
        const q = dialect.sqlToQuery(inboxPageSql(actor, inboxQuerySchema.parse(params))!);
        const bare: number[] = [];
        for (let i = 0; i < RUNS; i++) {
          const t0 = performance.now();
          await sql.begin(async (tx) => {
            await tx.unsafe("set local jit = off");
            await tx.unsafe(q.sql, q.params as never[]);
          });
          bare.push(performance.now() - t0);
        }
        const c = stats(client);
        const b = stats(bare);
        const d = stats(db);
        rows.push({
          suite: "pokir",
          name: `inbox ${name}`,
          figures: {
            items,
            requestP50Ms: c.p50,
            requestP95Ms: c.p95,
            serverAppP95Ms: stats(app).p95,
            dbP50Ms: d.p50,
            dbP95Ms: d.p95,
            bareSqlP50Ms: b.p50,
            bareSqlP95Ms: b.p95,
            ratioRequestToSqlP50: +(c.p50 / b.p50).toFixed(1),
          },
          target: "request p95 < 150 ms, DB < 30 ms",
        });
        const plan = (await sql.begin(async (tx) => {
          await tx.unsafe("set local jit = off");
          return tx.unsafe(`explain (analyze, buffers) ${q.sql}`, q.params as never[]);
        })) as unknown as { "QUERY PLAN": string }[];
        const lines = plan.map((p) => p["QUERY PLAN"]);
        const indexes = [
          ...new Set(
            lines.flatMap(
              (l) => /(?:Index (?:Only )?Scan(?: Backward)? using|Bitmap Index Scan on) (\w+)/.exec(l)?.[1] ?? [],
            ),
          ),
        ];
        const seq = lines.filter((l) => /Seq Scan on (aspirations|pokir_proposals)/.test(l)).length;
        rows.push({
          suite: "pokir",
          name: `EXPLAIN ${name}`,
          figures: { indexes: indexes.join(" "), seqScansOnBigTables: seq, execution: lines.at(-1)?.trim() ?? "" },
        });
        console.log(`  EXPLAIN (${name}):\n${lines.map((l) => `    ${l}`).join("\n")}`);
        const r = await load({ url: server.url + path, connections: 8, duration: ctx.duration, headers });
        rows.push({
          suite: "pokir",
          name: `inbox ${name} @8 connections`,
          figures: { rps: r.rps, p50Ms: r.p50Ms, p95Ms: r.p95Ms, p99Ms: r.p99Ms, non2xx: r.non2xx },
        });
      }
    } finally {
      await sql.end();
      await server.stop();
    }
    return rows;
  },
};
