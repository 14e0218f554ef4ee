import type { Metadata } from "next";
import { MemberCard } from "@/components/members/member-card";
import { MemberFilters } from "@/components/members/member-filters";
import { EmptyState } from "@/components/ui/misc";
import { listPublicMembers, memberFilterOptions, type MemberFilter } from "@/lib/members/directory";

export const metadata: Metadata = {
  title: "Anggota DPRD — Si Dilan",
  description: "45 anggota DPRD Kota Balikpapan 2024–2029: fraksi, dapil, komisi, dan kinerja yang dihitung dari data.",
};
export const dynamic = "force-dynamic";

type Search = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (typeof v === "string" && v.length <= 100 ? v : undefined);

/** The filter from the query string; anything malformed is ignored, never an error. */
function parseFilter(q: Record<string, string | string[] | undefined>): MemberFilter {
  const dapil = Number(one(q.dapil));
  return {
    dapil: Number.isInteger(dapil) && dapil > 0 && dapil < 100 ? dapil : undefined,
    fraksi: one(q.fraksi) || undefined,
    komisi: one(q.komisi) || undefined,
  };
}

export default async function MembersPage({ searchParams }: { searchParams: Search }) {
  const filter = parseFilter(await searchParams);
  const [members, options] = await Promise.all([listPublicMembers(filter), memberFilterOptions()]);
  const filtered = Boolean(filter.dapil || filter.fraksi || filter.komisi);
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-bold">Anggota DPRD Kota Balikpapan</h1>
        <p className="mt-1 text-slate-700">
          Profil setiap anggota memuat kehadiran rapat, tanggapan aspirasi, pokir, dan reses — dihitung dari data Si
          Dilan, selalu dengan penyebutnya. Tidak tahu wakil Anda?{" "}
          <a href="/wakil-saya" className="underline">
            Cari dari kelurahan Anda
          </a>
          .
        </p>
      </div>
      <MemberFilters options={options} value={filter} />
      <p className="text-sm text-slate-700" aria-live="polite">
        {members.length} anggota{filtered ? " sesuai saringan" : ""}.{" "}
        {filtered ? (
          <a href="/anggota" className="underline">
            Hapus saringan
          </a>
        ) : null}
      </p>
      {members.length ? (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {members.map((m) => (
            <MemberCard key={m.id} m={m} />
          ))}
        </ul>
      ) : (
        <EmptyState title="Tidak ada anggota yang cocok dengan saringan ini." />
      )}
    </div>
  );
}
