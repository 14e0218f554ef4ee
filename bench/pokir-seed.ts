/* Bulk data for the inbox benchmark: aspirations and pokir spread over the 6 dapil with generate_series. */
import type postgres from "postgres";

const TITLES = [
  "Jalan rusak berlubang",
  "Drainase tersumbat",
  "Lampu jalan padam",
  "Sampah menumpuk",
  "Banjir di permukiman",
  "Jembatan kayu lapuk",
  "Posyandu kekurangan alat",
  "Sekolah kekurangan ruang kelas",
  "Air bersih tidak mengalir",
  "Trotoar rusak",
];
const WORDS = [
  "warga",
  "mohon",
  "perbaikan",
  "segera",
  "lingkungan",
  "anak sekolah",
  "hujan deras",
  "malam hari",
  "kendaraan",
  "pasar",
  "gang sempit",
  "RT setempat",
];

const arr = (xs: string[]) => `array[${xs.map((x) => `'${x.replace(/'/g, "''")}'`).join(",")}]`;

/** Drop the secondary indexes of a table, returning their definitions to recreate after the load. */
async function dropIndexes(sql: postgres.Sql, table: string): Promise<string[]> {
  const rows = await sql<{ name: string; def: string }[]>`
    select i.relname as name, pg_get_indexdef(i.oid) as def from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
    where t.relname = ${table} and not x.indisprimary and not x.indisunique`;
  for (const r of rows) await sql.unsafe(`drop index ${r.name}`);
  return rows.map((r) => r.def);
}

/**
 * Insert `aspirations` aspirations and `pokir` pokir proposals (one bench period) over every
 * kelurahan, spread over a year; secondary indexes are dropped for the load and rebuilt after.
 */
export async function seedInboxData(
  sql: postgres.Sql,
  counts: { aspirations: number; pokir: number },
): Promise<{ seconds: number }> {
  const t0 = Date.now();
  await sql.unsafe(`create temp table bench_kel as
    select row_number() over (order by kel.id) - 1 as rn, kel.id as kel_id, kel.kecamatan_id as kec_id, dk.dapil_id
    from kelurahan kel join dapil_kecamatan dk on dk.kecamatan_id = kel.kecamatan_id
    join dapil d on d.id = dk.dapil_id join election_periods e on e.id = d.period_id and e.is_active`);
  const [{ n: nKel }] = await sql<{ n: number }[]>`select count(*)::int as n from bench_kel`;
  const komisi = (await sql<{ id: number }[]>`select id from komisi order by id`).map((r) => r.id);
  const cats = (await sql<{ id: number }[]>`select id from aspiration_categories order by id`).map((r) => r.id);
  const aspIdx = await dropIndexes(sql, "aspirations");
  const pokIdx = await dropIndexes(sql, "pokir_proposals");
  const batch = 100_000;
  for (let from = 1; from <= counts.aspirations; from += batch) {
    const to = Math.min(counts.aspirations, from + batch - 1);
    await sql.unsafe(`insert into aspirations (tracking_code, title, body, category_id, kecamatan_id, kelurahan_id, dapil_id, routed_to_dapil, routed_komisi_id, status, created_at, updated_at)
      select 'ASP-BN' || g, (${arr(TITLES)})[1 + g % ${TITLES.length}] || ' di ' || k.kel_id || ' nomor ' || g,
        'Laporan ' || (${arr(WORDS)})[1 + g % ${WORDS.length}] || ' ' || (${arr(WORDS)})[1 + (g / 7) % ${WORDS.length}] || ' ' || (${arr(TITLES)})[1 + (g / 3) % ${TITLES.length}],
        (array[${cats.join(",")}])[1 + g % ${cats.length}], k.kec_id, k.kel_id, k.dapil_id,
        g % 5 <> 0, case when g % 7 = 0 then (array[${komisi.join(",")}])[1 + g % ${komisi.length}] end,
        (array['diverifikasi','ditindaklanjuti','selesai','diterima','ditolak','diverifikasi','ditindaklanjuti','selesai','dialihkan','diverifikasi'])[1 + g % 10]::aspiration_status,
        now() - make_interval(secs => g * 31.0), now()
      from generate_series(${from}, ${to}) g join bench_kel k on k.rn = g % ${nKel}`);
  }
  const [period] = await sql<
    { id: number }[]
  >`insert into pokir_periods (plan_year, name, opens_at, closes_at, musrenbang_on) values (2099, 'Bench', now() - interval '400 days', now() - interval '300 days', (now() - interval '290 days')::date) returning id`;
  for (let from = 1; from <= counts.pokir; from += batch) {
    const to = Math.min(counts.pokir, from + batch - 1);
    await sql.unsafe(`insert into pokir_proposals (tracking_code, period_id, source, proposer_name, title, masalah, usulan, kecamatan_id, kelurahan_id, dapil_id, rt, address, volume, unit, estimated_cost, status, created_at, updated_at)
      select 'POK-BN' || g, ${period.id}, (array['citizen','reses','aspirasi'])[1 + g % 3]::pokir_source, 'Warga ' || g,
        (${arr(TITLES)})[1 + (g / 2) % ${TITLES.length}] || ' usulan ' || g, 'Masalah ' || (${arr(WORDS)})[1 + g % ${WORDS.length}], 'Usulan perbaikan ' || (${arr(WORDS)})[1 + (g / 5) % ${WORDS.length}],
        k.kec_id, k.kel_id, k.dapil_id, lpad((g % 30)::text, 2, '0'), 'Jl. Bench ' || g, 1 + g % 500, 'meter', 1000000 * (1 + g % 900),
        (array['diajukan','diverifikasi','diadopsi','difinalisasi','diverifikasi','dikembalikan','ditolak','diakomodir'])[1 + g % 8]::pokir_status,
        now() - make_interval(secs => g * 150.0), now()
      from generate_series(${from}, ${to}) g join bench_kel k on k.rn = g % ${nKel}`);
  }
  for (const def of [...aspIdx, ...pokIdx]) await sql.unsafe(def);
  await sql.unsafe("analyze aspirations; analyze pokir_proposals; analyze inbox_reads");
  return { seconds: (Date.now() - t0) / 1000 };
}
