import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AreaMap } from "@/components/maps/area-map";
import { AspirationSection } from "@/components/members/aspiration-section";
import { AttendanceSection } from "@/components/members/attendance-section";
import { MemberPhoto } from "@/components/members/member-card";
import { PokirSection } from "@/components/members/pokir-section";
import { ResesSection } from "@/components/members/reses-section";
import { formatDate } from "@/lib/format";
import { kecamatanShapes } from "@/lib/maps/boundaries";
import { highlight } from "@/lib/maps/view";
import { cachedMemberFigures } from "@/lib/members/cached";
import { areaOptions } from "@/lib/members/directory";
import { PublicResesReports } from "@/components/reses/public-reports";
import { publicReports } from "@/lib/reses/public";

export const dynamic = "force-dynamic";

type Params = Promise<{ slug: string }>;
const validSlug = (s: string) => /^[a-z0-9-]{1,120}$/.test(s);

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug } = await params;
  const f = validSlug(slug) ? await cachedMemberFigures(slug) : null;
  return f
    ? {
        title: `${f.member.name} — Anggota DPRD`,
        description: `Profil ${f.member.name}: dapil, komisi, kehadiran, aspirasi, pokir, dan reses.`,
      }
    : { title: "Anggota tidak ditemukan" };
}

export default async function MemberProfilePage({ params }: { params: Params }) {
  const { slug } = await params;
  if (!validSlug(slug)) notFound();
  const [f, areas] = await Promise.all([cachedMemberFigures(slug), areaOptions()]);
  if (!f) notFound();
  const m = f.member;
  const reports = await publicReports(m.id);
  const kelurahan = areas.filter((k) => m.kecamatan.includes(k.name)).flatMap((k) => k.kelurahan.map((l) => l.name));
  const shapes = kecamatanShapes();
  return (
    <article className="space-y-8">
      <header className="flex items-start gap-4">
        <MemberPhoto name={m.name} size={72} />
        <div className="min-w-0">
          <p className="text-sm">
            <a href="/anggota">Anggota DPRD</a>
          </p>
          <h1 className="text-2xl font-bold break-words">{m.name}</h1>
          <p className="text-slate-700">{[m.position, m.fraksi].filter(Boolean).join(" · ")}</p>
          <p className="text-sm text-slate-700">
            Angka per {formatDate(f.asOf)}, dihitung dari data Si Dilan (diperbarui paling lama 5 menit sekali).
          </p>
        </div>
      </header>
      <section aria-labelledby="dapil" className="grid gap-4 md:grid-cols-2">
        <div className="space-y-2">
          <h2 id="dapil" className="text-xl font-bold">
            Dapil dan alat kelengkapan
          </h2>
          <p>{m.dapil ? `${m.dapil.name}: Kecamatan ${m.kecamatan.join(", ")}` : "Belum ada dapil."}</p>
          {kelurahan.length ? <p className="text-sm text-slate-700">Kelurahan: {kelurahan.join(", ")}.</p> : null}
          <p>Komisi: {m.komisi ?? "—"}</p>
          <p>Badan: {f.bodies.length ? f.bodies.join(", ") : "—"}</p>
          {m.dapil ? (
            <p>
              <a href={`/wakil-saya?dapil=${m.dapil.number}`}>Semua anggota {m.dapil.name}</a>
            </p>
          ) : null}
        </div>
        <AreaMap
          id="peta-dapil"
          shapes={shapes}
          title={`Peta dapil ${m.dapil?.name ?? ""}: Kecamatan ${m.kecamatan.join(", ")} ditandai`}
          areas={highlight(shapes, m.kecamatan, (n, on) => (on ? `${n} (dapil anggota)` : n))}
          labels={shapes.shapes
            .filter((s) => m.kecamatan.includes(s.name))
            .map((s) => ({ x: s.label[0], y: s.label[1], text: s.name.replace("Balikpapan ", "") }))}
        />
      </section>
      <AttendanceSection a={f.attendance} />
      <AspirationSection a={f.aspirations} />
      <PokirSection rows={f.pokir} />
      <ResesSection r={f.reses} reports={<PublicResesReports reports={reports} />} />
    </article>
  );
}
