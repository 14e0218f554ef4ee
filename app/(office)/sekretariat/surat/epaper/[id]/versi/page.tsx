import type { Metadata } from "next";
import Link from "next/link";
import { LineDiff, VersionRangeForm } from "@/components/ui/line-diff";
import { PageHeader } from "@/components/ui/misc";
import { requirePageActor } from "@/lib/auth/page";
import { letterVersionsView } from "@/lib/epaper/versions";
import { formatDateTime } from "@/lib/format";
import { orNotFound } from "@/lib/letters/page-data";

export const metadata: Metadata = { title: "Riwayat versi surat" };

export default async function LetterVersionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ dari?: string; ke?: string }>;
}) {
  const actor = await requirePageActor("epaper.read");
  const { id } = await params;
  const v = await orNotFound(letterVersionsView(actor, id, await searchParams));
  const changed = v.diff.filter((d) => d.op !== "same").length;
  return (
    <div className="space-y-6">
      <PageHeader
        title="Riwayat versi surat"
        description={<Link href={`/sekretariat/surat/epaper/${v.letter.id}`}>{v.letter.subject}</Link>}
      />
      <div className="grid gap-6 lg:grid-cols-[18rem_1fr]">
        <nav aria-label="Daftar versi">
          <ul className="max-h-[70vh] space-y-1 overflow-y-auto text-sm">
            {v.versions.map((ver) => (
              <li key={ver.revision}>
                <Link
                  href={`?dari=${Math.max(0, ver.revision - 1)}&ke=${ver.revision}`}
                  aria-current={ver.revision === v.to ? "page" : undefined}
                  className={`block rounded px-2 py-1 ${ver.revision === v.to ? "bg-brand-50 font-semibold" : ""}`}
                >
                  Versi {ver.revision} · {formatDateTime(ver.savedAt)}
                  <span className="block text-xs text-slate-600">{ver.author ?? "—"}</span>
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <section aria-labelledby="diff-title">
          <h2 id="diff-title" className="font-bold">
            Perbedaan versi {v.from} → versi {v.to} ({changed} baris berubah)
          </h2>
          <VersionRangeForm from={v.from} to={v.to} latest={v.latest} />
          <LineDiff diff={v.diff} />
        </section>
      </div>
    </div>
  );
}
