import type { Metadata } from "next";
import { connection } from "next/server";
import { formatBytes } from "@/lib/attachments/limits";
import { Badge, EmptyState, Pagination } from "@/components/ui/misc";
import { currentActor } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { listActiveTypes } from "@/lib/minutes/meetings";
import { listPublishedMinutes } from "@/lib/minutes/public";
import { pageParam, intId } from "@/lib/validation";

export const metadata: Metadata = {
  title: "Risalah Rapat",
  description:
    "Risalah rapat terbuka DPRD Kota Balikpapan yang ditandatangani secara elektronik oleh ketua dan sekretaris rapat, dengan verifikasi keasliannya.",
};

export default async function PublicMinutesPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string; jenis?: string; tahun?: string; hal?: string }>;
}) {
  await connection();
  const sp = await searchParams;
  const page = pageParam(sp.hal);
  const [{ items, total, pageSize }, types] = await Promise.all([
    listPublishedMinutes(await currentActor(), { q: sp.q, typeId: intId(sp.jenis), year: intId(sp.tahun), page }),
    listActiveTypes(),
  ]);
  const keep = {
    ...(sp.q ? { q: sp.q } : {}),
    ...(sp.jenis ? { jenis: sp.jenis } : {}),
    ...(sp.tahun ? { tahun: sp.tahun } : {}),
  };
  const thisYear = new Date().getFullYear();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold">Risalah Rapat DPRD</h1>
        <p className="mt-2 max-w-3xl text-slate-700">
          Risalah rapat terbuka yang telah ditandatangani secara elektronik oleh ketua rapat dan sekretaris rapat.
          Setiap dokumen memuat kode QR menuju halaman verifikasi. Risalah rapat tertutup tidak diterbitkan.
        </p>
        <p className="mt-2">
          <a href="/verifikasi">Periksa keaslian berkas risalah</a>
        </p>
      </div>
      <form className="flex flex-wrap items-end gap-3" role="search" aria-label="Saring risalah">
        <div>
          <label htmlFor="q" className="block text-sm font-semibold">
            Cari judul rapat
          </label>
          <input
            id="q"
            name="q"
            defaultValue={sp.q}
            maxLength={100}
            className="mt-1 rounded-md border border-slate-400 px-3 py-2"
          />
        </div>
        <div>
          <label htmlFor="jenis" className="block text-sm font-semibold">
            Alat kelengkapan / jenis rapat
          </label>
          <select
            id="jenis"
            name="jenis"
            defaultValue={sp.jenis ?? ""}
            className="mt-1 rounded-md border border-slate-400 px-3 py-2"
          >
            <option value="">Semua</option>
            {types.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="tahun" className="block text-sm font-semibold">
            Tahun
          </label>
          <select
            id="tahun"
            name="tahun"
            defaultValue={sp.tahun ?? ""}
            className="mt-1 rounded-md border border-slate-400 px-3 py-2"
          >
            <option value="">Semua</option>
            {Array.from({ length: 6 }, (_, i) => thisYear + 1 - i).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">
          Terapkan
        </button>
      </form>
      {items.length === 0 ? (
        <EmptyState title="Belum ada risalah yang cocok">Ubah kata kunci atau filter.</EmptyState>
      ) : (
        <ul className="space-y-3">
          {items.map((r) => (
            <li key={r.id} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
              <div className="flex flex-wrap items-center gap-2">
                <Badge tone="blue">{r.typeName}</Badge>
                {r.supersededAt ? <Badge tone="amber">Versi lama — dikoreksi</Badge> : null}
              </div>
              <h2 className="mt-1 text-lg font-bold">{r.title}</h2>
              <p className="text-sm text-slate-700">
                {formatDate(r.date)} · {r.place} · versi {r.documentVersion} · {r.pageCount} halaman ·{" "}
                {formatBytes(r.size)}
              </p>
              <p className="mt-2 flex flex-wrap gap-4 text-sm font-semibold">
                <a href={`/api/v1/risalah/${r.id}/pdf?unduh=1`}>
                  Unduh PDF<span className="sr-only"> risalah {r.title}</span>
                </a>
                <a href={`/verifikasi/${r.code}`}>Verifikasi {r.code}</a>
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={page}
        pageSize={pageSize}
        total={total}
        href={(p) => `/risalah?${new URLSearchParams({ ...keep, hal: String(p) })}`}
      />
    </div>
  );
}
