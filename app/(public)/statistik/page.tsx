import type { Metadata } from "next";
import { BarChart } from "@/components/aspirations/charts";
import { KelurahanChoropleth } from "@/components/maps/kelurahan-choropleth";
import { cachedAspirationsPerKelurahan, cachedPublicStats } from "@/lib/aspirations/cached";
import { kecamatanShapes, kelurahanShapes } from "@/lib/maps/boundaries";
import { choropleth, type MapArea } from "@/lib/maps/view";
import { STATUS_LABELS } from "@/lib/aspirations/constants";
import { Cell, DataTable, Row, RowHeader } from "@/components/ui/table";
import type { SlaShare } from "@/lib/aspirations/stats";
import { formatNumber } from "@/lib/format";
export const metadata: Metadata = {
  title: "Statistik aspirasi — SIAP",
  description:
    "Angka aspirasi warga kepada DPRD Kota Balikpapan: per dapil, kategori, status, bulan, dan kecepatan tindak lanjut.",
};
export const dynamic = "force-dynamic";

const pct = (v: SlaShare) => (v.share === null ? "—" : `${Math.round(v.share * 100)}%`);
const of = (v: SlaShare) => `${formatNumber(v.met)} dari ${formatNumber(v.counted)}`;
const days = (v: number | null) => (v === null ? "—" : formatNumber(v, 1));

export default async function StatsPage() {
  const [s, perKelurahan] = await Promise.all([cachedPublicStats(), cachedAspirationsPerKelurahan()]);
  const counts = new Map(perKelurahan.map((k) => [k.slug, k.n]));
  const scale = choropleth(counts);
  const mapAreas = new Map<string, MapArea>(
    perKelurahan.map((k) => [k.slug, { slug: k.slug, fill: scale.fill(k.n), label: `${k.name}: ${k.n} aspirasi` }]),
  );
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Statistik aspirasi</h1>
        <p className="mt-1 text-slate-700">
          {formatNumber(s.total)} aspirasi dalam {s.months} bulan terakhir (tanpa duplikat yang digabung). Acuan layanan
          SP4N-LAPOR!: diverifikasi dalam 3 hari kerja, tindak lanjut pertama dalam 5 hari kerja. Aspirasi yang belum
          ditangani setelah tenggatnya lewat dihitung terlambat; hari kerja tidak menghitung Sabtu, Minggu, dan hari
          libur nasional.
        </p>
      </div>
      <dl className="grid gap-4 sm:grid-cols-3">
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <dt className="text-sm text-slate-700">Total aspirasi</dt>
          <dd className="text-3xl font-bold">{formatNumber(s.total)}</dd>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <dt className="text-sm text-slate-700">Diverifikasi ≤ 3 hari kerja</dt>
          <dd className="text-3xl font-bold">{pct(s.verifiedWithinSla)}</dd>
          <dd className="text-sm text-slate-700">
            {of(s.verifiedWithinSla)} aspirasi; {formatNumber(s.verifiedWithinSla.pending)} masih dalam tenggat
          </dd>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <dt className="text-sm text-slate-700">Ditanggapi ≤ 5 hari kerja</dt>
          <dd className="text-3xl font-bold">{pct(s.answeredWithinSla)}</dd>
          <dd className="text-sm text-slate-700">
            {of(s.answeredWithinSla)} aspirasi; {formatNumber(s.answeredWithinSla.pending)} masih dalam tenggat
          </dd>
        </div>
      </dl>
      <div className="grid gap-4 lg:grid-cols-2">
        <KelurahanChoropleth
          shapes={kelurahanShapes()}
          outline={kecamatanShapes()}
          areas={mapAreas}
          legend={scale.legend}
          rows={perKelurahan}
        />
        <BarChart
          title="Per dapil"
          rows={s.byDapil.map((d) => ({ label: `${d.name} (${d.kecamatan})`, value: d.total }))}
        />
        <BarChart title="Per kategori" rows={s.byCategory.map((c) => ({ label: c.key, value: c.n }))} />
        <BarChart title="Per status" rows={s.byStatus.map((c) => ({ label: STATUS_LABELS[c.key], value: c.n }))} />
        <BarChart title="Per bulan" rows={s.byMonth.map((c) => ({ label: c.key, value: c.n }))} />
      </div>
      <section aria-labelledby="kecepatan">
        <h2 id="kecepatan" className="mb-3 font-bold">
          Kecepatan tindak lanjut per dapil
        </h2>
        <DataTable
          label="Tabel kecepatan tindak lanjut per dapil"
          className="min-w-[36rem]"
          columns={[
            "Dapil",
            "Aspirasi",
            "Median sampai verifikasi (hari kerja)",
            "Median sampai tanggapan pertama (hari kerja)",
            "Verifikasi ≤ 3 hari kerja",
            "Tanggapan ≤ 5 hari kerja",
          ]}
        >
          {s.byDapil.map((d) => (
            <Row key={d.id}>
              <RowHeader className="font-normal">
                {d.name} ({d.kecamatan})
              </RowHeader>
              <Cell>{formatNumber(d.total)}</Cell>
              <Cell>{days(d.medianVerifyDays)}</Cell>
              <Cell>{days(d.medianAnswerDays)}</Cell>
              <Cell>
                {pct(d.verifiedWithinSla)} <span className="text-slate-700">({of(d.verifiedWithinSla)})</span>
              </Cell>
              <Cell>
                {pct(d.answeredWithinSla)} <span className="text-slate-700">({of(d.answeredWithinSla)})</span>
              </Cell>
            </Row>
          ))}
        </DataTable>
      </section>
    </div>
  );
}
