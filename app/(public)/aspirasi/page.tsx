import type { Metadata } from "next";
import { ListFilters, queryString } from "@/components/aspirations/list-filters";
import { StatusBadge } from "@/components/aspirations/status-badge";
import { ButtonLink } from "@/components/ui/button";
import { CursorNav, EmptyState } from "@/components/ui/misc";
import { PUBLIC_STATUSES } from "@/lib/aspirations/constants";
import { cachedFormOptions, cachedPublicAspirations } from "@/lib/aspirations/cached";
import { listPublicAspirations } from "@/lib/aspirations/public";
import { formatDate } from "@/lib/format";
import { formatNumber } from "@/lib/format";

export const metadata: Metadata = {
  title: "Aspirasi publik — SIAP",
  description: "Daftar aspirasi warga Kota Balikpapan yang telah diverifikasi dan tindak lanjutnya oleh DPRD.",
};
export const dynamic = "force-dynamic";

export default async function PublicListPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const sp = await searchParams;
  const flat: Record<string, string> = {};
  for (const [k, v] of Object.entries(sp)) {
    const first = Array.isArray(v) ? v[0] : v;
    if (typeof first === "string") flat[k] = first;
  }
  // Browsing and filtering come from the data cache; a free-text search goes to the database.
  const [opts, list] = await Promise.all([
    cachedFormOptions(),
    flat.q?.trim() ? listPublicAspirations(flat) : cachedPublicAspirations(flat),
  ]);
  const q = list.query;
  const filters = { q: q.q, kecamatan: q.kecamatan, kategori: q.kategori, status: q.status };
  const count = list.total.capped ? `Lebih dari ${formatNumber(list.total.count)}` : formatNumber(list.total.count);
  return (
    <div className="space-y-6">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h1 className="text-2xl font-bold">Aspirasi publik</h1>
          <p className="mt-1 text-slate-700">
            Aspirasi yang telah diverifikasi. Identitas pelapor tidak pernah ditampilkan; aspirasi rahasia tidak
            tercantum.
          </p>
        </div>
        <ButtonLink href="/aspirasi/kirim">Kirim aspirasi</ButtonLink>
      </div>
      <ListFilters
        action="/aspirasi"
        values={q}
        kecamatan={opts.kecamatan}
        categories={opts.categories}
        statuses={PUBLIC_STATUSES}
      />
      <p className="text-sm text-slate-700" aria-live="polite">
        {count} aspirasi{q.q ? ` cocok dengan "${q.q}"` : ""}.
      </p>
      {list.items.length === 0 ? (
        <EmptyState title="Tidak ada aspirasi yang cocok">Ubah filter atau kata pencarian.</EmptyState>
      ) : (
        <ul className="space-y-3">
          {list.items.map((a) => (
            <li key={a.trackingCode} className="rounded-lg border border-slate-200 bg-white p-4">
              <div className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
                <StatusBadge status={a.status} />
                <span>{a.category}</span>
                <span aria-hidden="true">·</span>
                <span>{a.kelurahan ? `${a.kelurahan}, ${a.kecamatan}` : "Seluruh kota"}</span>
                <span aria-hidden="true">·</span>
                <time dateTime={a.createdAt.toISOString()}>{formatDate(a.createdAt)}</time>
              </div>
              <h2 className="mt-1 text-lg font-bold">
                <a href={`/lacak?kode=${a.trackingCode}`}>{a.title}</a>
              </h2>
              <p className="mt-1 text-slate-700">{a.excerpt}</p>
            </li>
          ))}
        </ul>
      )}
      <CursorNav
        firstHref={q.setelah ? `/aspirasi${queryString(filters)}` : null}
        nextHref={list.nextCursor ? `/aspirasi${queryString(filters, { setelah: list.nextCursor })}` : null}
      />
    </div>
  );
}
