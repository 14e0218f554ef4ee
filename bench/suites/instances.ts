import postgres from "postgres";
import { load, type BenchRow, type LoadResult, type Server, type Suite, writeToken } from "../lib";

interface Workload {
  name: string;
  path: string;
  method: "GET" | "POST";
  headers?: Record<string, string>;
  /** A unique body per request. */
  body?: () => string;
}

async function drive(servers: Server[], w: Workload, connections: number, duration: number): Promise<LoadResult[]> {
  const per = Math.max(1, Math.round(connections / servers.length));
  return Promise.all(
    servers.map((s) =>
      load({
        url: s.url + w.path,
        connections: per,
        duration,
        method: w.method,
        headers: w.headers,
        setupRequest: w.body ? (req) => ({ ...req, body: w.body!() }) : undefined,
      }),
    ),
  );
}

const sum = (rs: LoadResult[]) => Math.round(rs.reduce((a, r) => a + r.rps, 0) * 10) / 10;
const worstP99 = (rs: LoadResult[]) => Math.max(...rs.map((r) => r.p99Ms));

/**
 * Throughput of one instance against two instances on one PostgreSQL database, same workload and the
 * same total number of connections, side by side in one run. On this 2-core machine both instances
 * share the same cores, so the ratio shows the overhead/benefit of the second process, not of a second machine.
 */
export const instances: Suite = {
  name: "instances",
  async run(ctx) {
    const rows: BenchRow[] = [];
    const dbUrl = await ctx.freshDatabase();
    const env = {
      PUBLIC_CHALLENGE: "off",
      ASPIRATION_RATE_LIMIT: "0",
      LOGIN_MAX_PER_IP: "1000000",
      OUTBOX_WORKER: "off",
    };
    const a = await ctx.startServer({ port: 3340, databaseUrl: dbUrl, env });
    const b = await ctx.startServer({ port: 3341, databaseUrl: dbUrl, env });
    const sql = postgres(dbUrl, { max: 2, onnotice: () => {} });
    try {
      const token = await writeToken(sql, "benchins");
      const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Makassar" }).format(new Date());
      let n = 0;
      const workloads: Workload[] = [
        {
          name: "POST /api/v1/aspirasi (public submission)",
          path: "/api/v1/aspirasi",
          method: "POST",
          headers: { "content-type": "application/json" },
          body: () =>
            JSON.stringify({
              title: `Uji dua instans ${++n}`,
              body: "Lampu jalan di depan sekolah padam sejak seminggu, mohon segera diperbaiki.",
              category: "infrastruktur",
              kelurahan: "damai",
              name: "Warga Uji",
              email: `warga${n}@contoh.id`,
              consent: true,
            }),
        },
        { name: "GET /masuk (server-rendered page)", path: "/masuk", method: "GET" },
        {
          name: "POST /api/v1/surat/masuk (gap-free numbering)",
          path: "/api/v1/surat/masuk",
          method: "POST",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body: () =>
            JSON.stringify({
              receivedOn: today,
              senderNumber: `005/INS/${++n}`,
              senderDate: today,
              sender: "Dinas Uji Dua Instans",
              subject: "Uji beban dua instans",
              nature: "biasa",
              classificationCode: "000.1.5",
              addressee: "Ketua DPRD",
            }),
        },
      ];
      for (const w of workloads) {
        await drive([a, b], w, 4, 2); // warm-up both
        const one = await drive([a], w, 32, ctx.duration);
        const two = await drive([a, b], w, 32, ctx.duration);
        rows.push({
          suite: "instances",
          name: `${w.name} @32`,
          figures: {
            rps1: sum(one),
            p99Ms1: worstP99(one),
            rps2: sum(two),
            p99Ms2: worstP99(two),
            ratio: Math.round((sum(two) / sum(one)) * 100) / 100,
            non2xx: [...one, ...two].reduce((x, r) => x + r.non2xx, 0),
          },
          note: "2 cores shared by both instances and PostgreSQL",
        });
      }
    } finally {
      await sql.end();
    }
    return rows;
  },
};
