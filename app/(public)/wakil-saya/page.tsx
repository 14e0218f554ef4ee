import type { Metadata } from "next";
import { AreaMap } from "@/components/maps/area-map";
import { AreaPicker } from "@/components/members/area-picker";
import { LocateMe } from "@/components/members/locate-me";
import { MemberCard } from "@/components/members/member-card";
import { Alert } from "@/components/ui/alert";
import { kecamatanShapes, kelurahanShapes } from "@/lib/maps/boundaries";
import { MAP_COLORS, type MapArea } from "@/lib/maps/view";
import { areaOptions } from "@/lib/members/directory";
import { findRepresentatives, parsePlaceQuery } from "@/lib/members/representatives";

export const metadata: Metadata = {
  title: "Siapa wakil saya? — Si Dilan",
  description: "Temukan dapil dan anggota DPRD Kota Balikpapan yang mewakili kelurahan Anda.",
};
export const dynamic = "force-dynamic";

export default async function WhoRepresentsMePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const q = parsePlaceQuery(await searchParams);
  const [areas, result] = await Promise.all([areaOptions(), findRepresentatives(q)]);
  const found = result?.found ? result : null;
  const inDapil = new Set(
    found
      ? areas
          .filter((k) => found.dapil.kecamatan.some((d) => d.name === k.name))
          .flatMap((k) => k.kelurahan.map((l) => l.slug))
      : [],
  );
  const shapes = kelurahanShapes();
  const kecName = new Map(areas.flatMap((k) => k.kelurahan.map((l) => [l.slug, k.name] as const)));
  const mapAreas = new Map<string, MapArea>(
    shapes.shapes.map((s) => {
      const selected = found?.kelurahan?.slug === s.slug;
      return [
        s.slug,
        {
          slug: s.slug,
          href: `/wakil-saya?kelurahan=${s.slug}#hasil`,
          selected,
          label: `Pilih Kelurahan ${s.name}, Kecamatan ${kecName.get(s.slug) ?? s.kecamatan}`,
          fill: selected ? MAP_COLORS.selected : inDapil.has(s.slug) ? MAP_COLORS.on : MAP_COLORS.off,
        },
      ];
    }),
  );
  const kecId =
    q.kecamatan ??
    (found?.kelurahan ? areas.find((k) => k.kelurahan.some((l) => l.slug === found.kelurahan!.slug))?.id : undefined);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Siapa wakil saya?</h1>
        <p className="mt-1 text-slate-700">
          Pilih kecamatan dan kelurahan tempat Anda tinggal, ketuk kelurahan Anda di peta, atau gunakan lokasi ponsel.
          Di Balikpapan satu dapil adalah satu kecamatan.
        </p>
      </div>
      <AreaPicker areas={areas} kecamatan={kecId} kelurahan={found?.kelurahan?.slug} />
      <LocateMe />
      <div className="grid gap-6 lg:grid-cols-2">
        <AreaMap
          id="peta-kelurahan"
          shapes={shapes}
          outline={kecamatanShapes()}
          areas={mapAreas}
          title="Peta kelurahan Kota Balikpapan: pilih kelurahan Anda"
        />
        <section id="hasil" aria-labelledby="hasil-judul" className="space-y-3">
          <h2 id="hasil-judul" className="text-xl font-bold">
            {found ? `${found.dapil.name}: Kecamatan ${found.dapil.kecamatan.map((k) => k.name).join(", ")}` : "Hasil"}
          </h2>
          {result && !result.found ? <Alert tone="error">{result.message}</Alert> : null}
          {!result ? (
            <p className="text-slate-700">Pilih kelurahan untuk melihat dapil dan anggota DPRD yang mewakilinya.</p>
          ) : null}
          {found ? (
            <>
              <p className="text-slate-700">
                {found.kelurahan ? `Kelurahan ${found.kelurahan.name} termasuk ${found.dapil.name}. ` : ""}
                {found.dapil.seats} kursi; {found.members.length} anggota tercatat:
              </p>
              <ul className="grid gap-3">
                {found.members.map((m) => (
                  <MemberCard key={m.id} m={m} />
                ))}
              </ul>
              <a
                href={found.kelurahan ? `/aspirasi/kirim?kelurahan=${found.kelurahan.id}` : "/aspirasi/kirim"}
                className="inline-block rounded-md bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-800"
              >
                Kirim aspirasi ke {found.dapil.name}
              </a>
            </>
          ) : null}
        </section>
      </div>
    </div>
  );
}
