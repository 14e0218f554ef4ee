/*
 * Member profile figures at scale: seeds a fresh PostgreSQL database with generate_series (aspirations
 * routed and answered by members, pokir adopted with SIPD outcomes), then times the uncached
 * computation of every member's profile figures (what /anggota/{slug} computes on a cache miss).
 *
 *   node --conditions=react-server --import tsx bench/member-profile.ts
 *   BENCH_PROFILE_ASPIRATIONS=1000000 BENCH_PROFILE_POKIR=200000 (full scale; default 100,000 + 20,000)
 *   BENCH_PG_URL=postgres://postgres@127.0.0.1:5432/postgres
 */
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { setDbHandle } from "@/lib/db";
import { seedReference } from "@/lib/seed";
import { seedDemoUsers } from "@/lib/seed/demo-users";
import { runMigrations } from "@/lib/db/migrate";
import { openPostgres } from "@/lib/db/open";
import { computeMemberFigures } from "@/lib/members/figures";
import { listPublicMembers } from "@/lib/members/directory";
import { seedInboxData } from "./pokir-seed";
import { percentile } from "./lib";

const admin = process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const counts = {
  aspirations: Number(process.env.BENCH_PROFILE_ASPIRATIONS ?? 100_000),
  pokir: Number(process.env.BENCH_PROFILE_POKIR ?? 20_000),
};
const name = `sidilan_bench_profiles_${randomBytes(4).toString("hex")}`;

async function main() {
  const root = postgres(admin, { max: 1, onnotice: () => {} });
  await root.unsafe(`create database ${name}`);
  const url = admin.replace(/\/[^/]*$/, `/${name}`);
  const handle = openPostgres(url, 4);
  setDbHandle(handle);
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await runMigrations(handle);
    await seedReference(handle.db);
    await seedDemoUsers(handle.db);
    const seeded = await seedInboxData(sql, counts);
    const t0 = Date.now();
    // Routing, answers by a member of the dapil (about half), adoptions by a member of the dapil.
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
    const prepSeconds = (Date.now() - t0) / 1000;
    const members = await listPublicMembers({}, handle.db);
    for (const m of members.slice(0, 5)) await computeMemberFigures(m, new Date(), handle.db); // warm-up
    const times: number[] = [];
    for (let round = 0; round < 3; round++)
      for (const m of members) {
        const s = performance.now();
        await computeMemberFigures(m, new Date(), handle.db);
        times.push(performance.now() - s);
      }
    times.sort((a, b) => a - b);
    const [answers] = await sql<
      { n: number }[]
    >`select count(*)::int as n from aspiration_events where kind = 'answer'`;
    console.log(
      JSON.stringify(
        {
          suite: "member-profile",
          counts,
          answers: answers.n,
          seedSeconds: seeded.seconds,
          prepSeconds,
          runs: times.length,
          p50Ms: Math.round(percentile(times, 50) * 10) / 10,
          p95Ms: Math.round(percentile(times, 95) * 10) / 10,
          maxMs: Math.round(times[times.length - 1] * 10) / 10,
        },
        null,
        2,
      ),
    );
  } finally {
    await sql.end();
    await handle.close();
    await root.unsafe(`drop database if exists ${name} with (force)`);
    await root.end();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
