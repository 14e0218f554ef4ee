import type { Metadata } from "next";
import Link from "next/link";
import { LineDiff, VersionRangeForm } from "@/components/ui/line-diff";
import { EmptyState, PageHeader } from "@/components/ui/misc";
import { requirePageActor } from "@/lib/auth/page";
import { formatDateTime } from "@/lib/format";
import { versionPair } from "@/lib/minutes/diff";
import { diffVersions, listVersions } from "@/lib/minutes/drafts";
import { orNotFound } from "@/lib/minutes/page-helpers";
import { getMeetingDetail } from "@/lib/minutes/queries";

export const metadata: Metadata = { title: "Riwayat versi" };

export default async function VersionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ dari?: string; ke?: string }>;
}) {
  const actor = await requirePageActor("minutes.edit");
  const { id } = await params;
  const detail = await orNotFound(getMeetingDetail(actor, id));
  const versions = await listVersions(actor, id);
  const sp = await searchParams;
  const latest = versions[0]?.number ?? 0;
  const { from, to } = versionPair(latest, sp);
  const diff = latest > 0 ? await diffVersions(actor, id, from, to) : [];
  const changed = diff.filter((d) => d.op !== "same").length;
  return (
    <div className="space-y-6">
      <PageHeader
        title="Riwayat versi notulen"
        description={<Link href={`/sekretariat/risalah/${id}`}>{detail.meeting.title}</Link>}
      />
      {versions.length === 0 ? (
        <EmptyState title="Belum ada versi tersimpan">
          Setiap penyimpanan notulen (termasuk simpan otomatis) menjadi satu versi.
        </EmptyState>
      ) : (
        <div className="grid gap-6 lg:grid-cols-[18rem_1fr]">
          <nav aria-label="Daftar versi">
            <ul className="max-h-[70vh] space-y-1 overflow-y-auto text-sm">
              {versions.map((v) => (
                <li key={v.number}>
                  <Link
                    href={`?dari=${v.number - 1}&ke=${v.number}`}
                    aria-current={v.number === to ? "page" : undefined}
                    className={`block rounded px-2 py-1 ${v.number === to ? "bg-brand-50 font-semibold" : ""}`}
                  >
                    Versi {v.number} · {formatDateTime(v.createdAt)}
                    <span className="block text-xs text-slate-600">{v.author ?? "—"}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <section aria-labelledby="diff-title">
            <h2 id="diff-title" className="font-bold">
              Perbedaan versi {from} → versi {to} ({changed} baris berubah)
            </h2>
            <VersionRangeForm from={from} to={to} latest={latest} />
            <LineDiff diff={diff} />
          </section>
        </div>
      )}
    </div>
  );
}
