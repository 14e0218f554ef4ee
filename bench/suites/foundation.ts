import { load, type BenchRow, type Suite } from "../lib";

/** Health endpoint and login page at 16 and 64 connections, on PostgreSQL. */
export const foundation: Suite = {
  name: "foundation",
  async run(ctx) {
    const rows: BenchRow[] = [];
    const server = await ctx.startServer({ port: 3301, databaseUrl: await ctx.freshDatabase() });
    for (const path of ["/api/health", "/masuk"]) {
      await load({ url: server.url + path, connections: 8, duration: 2 }); // warm-up
      for (const connections of [16, 64]) {
        const r = await load({ url: server.url + path, connections, duration: ctx.duration });
        rows.push({
          suite: "foundation",
          name: `GET ${path} @${connections}`,
          figures: { rps: r.rps, p50Ms: r.p50Ms, p95Ms: r.p95Ms, p99Ms: r.p99Ms, non2xx: r.non2xx, errors: r.errors },
        });
      }
    }
    await server.stop();
    return rows;
  },
};
