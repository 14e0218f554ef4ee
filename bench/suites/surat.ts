import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { load, type BenchRow, type Suite, writeToken } from "../lib";

const TINY_PDF = Buffer.concat([
  Buffer.from("%PDF-1.4\n", "latin1"),
  randomBytes(48 * 1024),
  Buffer.from("\n%%EOF\n", "latin1"),
]);

/** Gap-free check of the incoming register for one year: every number once, from 1 to the counter. */
async function ledgerCheck(sql: postgres.Sql, year: number) {
  const [r] = await sql<
    { n: number; distinct_n: number; min: number; max: number; counter: number; letters: number }[]
  >`
    select count(*)::int as n, count(distinct n.seq)::int as distinct_n, min(n.seq)::int as min, max(n.seq)::int as max, max(c.last)::int as counter,
           (select count(*)::int from incoming_letters l where l.agenda_year = ${year}) as letters
    from letter_numbers n join letter_registers r on r.id = n.register_id
    left join letter_counters c on c.register_id = n.register_id and c.year = n.year
    where r.code = 'masuk' and n.year = ${year}`;
  const gapFree =
    r.n === r.distinct_n && r.min === 1 && r.max - r.min + 1 === r.n && r.counter === r.max && r.letters === r.n;
  return { ...r, gapFree };
}

/**
 * Register surat: incoming-letter registrations through POST /api/v1/surat/masuk with a write-scoped
 * token, 16 concurrent clients, on PostgreSQL; then the ledger is checked for gaps and duplicates.
 */
export const surat: Suite = {
  name: "surat",
  async run(ctx) {
    const rows: BenchRow[] = [];
    const dbUrl = await ctx.freshDatabase();
    const server = await ctx.startServer({ port: 3330, databaseUrl: dbUrl });
    const sql = postgres(dbUrl, { max: 2, onnotice: () => {} });
    try {
      const token = await writeToken(sql);
      const year = Number(
        new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Makassar" }).format(new Date()).slice(0, 4),
      );
      const today = `${year}-${new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Makassar" }).format(new Date()).slice(5)}`;
      const letter = {
        receivedOn: today,
        senderNumber: "005/BENCH/2026",
        senderDate: today,
        sender: "Dinas Uji Beban Kota Balikpapan",
        subject: "Undangan rapat koordinasi uji beban register surat",
        nature: "biasa",
        classificationCode: "000.1.5",
        summary: "Uji beban.",
        addressee: "Ketua DPRD",
      };
      const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
      const url = `${server.url}/api/v1/surat/masuk`;
      let n = 0;
      const unique = (base: Record<string, unknown>) => (req: Record<string, unknown>) => ({
        ...req,
        body: JSON.stringify({ ...base, senderNumber: `005/BENCH/${++n}` }),
      });

      await load({ url, connections: 4, duration: 2, method: "POST", headers, setupRequest: unique(letter) }); // warm-up
      for (const [name, body] of [
        ["register (fields only)", letter],
        [
          "register with a 48 KB PDF scan",
          { ...letter, scans: [{ name: "pindaian.pdf", contentBase64: TINY_PDF.toString("base64") }] },
        ],
      ] as const) {
        const before = await ledgerCheck(sql, year);
        const r = await load({
          url,
          connections: 16,
          duration: ctx.duration,
          method: "POST",
          headers,
          setupRequest: unique(body),
        });
        const after = await ledgerCheck(sql, year);
        rows.push({
          suite: "surat",
          name: `POST /api/v1/surat/masuk @16 — ${name}`,
          figures: {
            rps: r.rps,
            p50Ms: r.p50Ms,
            p95Ms: r.p95Ms,
            p99Ms: r.p99Ms,
            created: r.statusCounts["201"] ?? 0,
            non2xx: r.non2xx,
            errors: r.errors,
            newNumbers: after.n - before.n,
          },
          note: JSON.stringify(r.statusCounts),
        });
        rows.push({
          suite: "surat",
          name: `ledger after "${name}"`,
          figures: {
            gapFree: after.gapFree ? "ya" : "TIDAK",
            numbers: after.n,
            distinct: after.distinct_n,
            min: after.min,
            max: after.max,
            counter: after.counter,
            letters: after.letters,
            everyNumberHasLetter: after.letters === after.n ? "ya" : "TIDAK",
            unansweredAtEnd: after.n - before.n - (r.statusCounts["201"] ?? 0),
          },
          note: "unansweredAtEnd: registrations still in flight when the load window closed (autocannon drops their responses); at most the 16 connections",
        });
      }
    } finally {
      await sql.end();
      await server.stop();
    }
    return rows;
  },
};
