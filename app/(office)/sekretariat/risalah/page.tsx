import type { Metadata } from "next";
import Link from "next/link";
import { MINUTES_STATUS_LABELS, STATUS_TONE } from "@/components/minutes/labels";
import { ButtonLink } from "@/components/ui/button";
import { Badge, EmptyState, PageHeader, Pagination } from "@/components/ui/misc";
import { can } from "@/lib/auth/guard";
import { requirePageActor } from "@/lib/auth/page";
import { formatDate } from "@/lib/format";
import { listActiveTypes } from "@/lib/minutes/meetings";
import { listMeetings } from "@/lib/minutes/queries";
import type { MinutesStatus } from "@/lib/minutes/workflow-rules";
import { pageParam, intId } from "@/lib/validation";

export const metadata: Metadata = { title: "e-Risalah" };

export default async function MeetingsPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string; jenis?: string; status?: string; hal?: string }>;
}) {
  const actor = await requirePageActor("meeting.manage");
  const sp = await searchParams;
  const page = pageParam(sp.hal);
  const [{ items, total, pageSize }, types] = await Promise.all([
    listMeetings(actor, { q: sp.q, typeId: intId(sp.jenis), status: sp.status, page }),
    listActiveTypes(),
  ]);
  const keep = {
    ...(sp.q ? { q: sp.q } : {}),
    ...(sp.jenis ? { jenis: sp.jenis } : {}),
    ...(sp.status ? { status: sp.status } : {}),
  };
  const href = (p: number) => `/sekretariat/risalah?${new URLSearchParams({ ...keep, hal: String(p) })}`;
  return (
    <div>
      <PageHeader
        title="e-Risalah"
        description="Rapat, daftar hadir dan kuorum, notulen, serta risalah bertanda tangan elektronik."
        actions={
          <>
            <ButtonLink href="/sekretariat/risalah/baru">Rapat baru</ButtonLink>
            {can(actor, "meetingTypes.manage") ? (
              <ButtonLink href="/sekretariat/risalah/jenis" variant="secondary">
                Jenis rapat
              </ButtonLink>
            ) : null}
            {can(actor, "signers.manage") ? (
              <ButtonLink href="/sekretariat/risalah/sertifikat" variant="secondary">
                Sertifikat penanda tangan
              </ButtonLink>
            ) : null}
          </>
        }
      />
      <form className="mb-4 flex flex-wrap items-end gap-3" role="search">
        <div>
          <label htmlFor="q" className="block text-sm font-semibold">
            Cari judul atau tempat
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
            Jenis rapat
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
          <label htmlFor="status" className="block text-sm font-semibold">
            Status risalah
          </label>
          <select
            id="status"
            name="status"
            defaultValue={sp.status ?? ""}
            className="mt-1 rounded-md border border-slate-400 px-3 py-2"
          >
            <option value="">Semua</option>
            {Object.entries(MINUTES_STATUS_LABELS).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">
          Terapkan
        </button>
      </form>
      {items.length === 0 ? (
        <EmptyState title="Belum ada rapat yang cocok">Buat rapat baru atau ubah filter.</EmptyState>
      ) : (
        <ul className="space-y-2">
          {items.map((m) => (
            <li key={m.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <div className="flex flex-wrap items-center gap-2">
                <Badge tone={STATUS_TONE[m.status as MinutesStatus]}>
                  {MINUTES_STATUS_LABELS[m.status as MinutesStatus]}
                </Badge>
                <Badge tone={m.nature === "terbuka" ? "blue" : "slate"}>
                  {m.nature === "terbuka" ? "Terbuka" : "Tertutup"}
                </Badge>
                <span className="text-sm text-slate-700">{m.typeName}</span>
              </div>
              <Link href={`/sekretariat/risalah/${m.id}`} className="mt-1 block font-semibold">
                {m.title}
              </Link>
              <p className="text-sm text-slate-700">
                {formatDate(m.date)}, {m.startTime.slice(0, 5)} WITA · {m.place}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} pageSize={pageSize} total={total} href={href} />
    </div>
  );
}
