import type { Metadata } from "next";
import Link from "next/link";
import { MINUTES_STATUS_LABELS, STATUS_TONE } from "@/components/minutes/labels";
import { Badge, EmptyState, PageHeader, Pagination } from "@/components/ui/misc";
import { requirePageActor } from "@/lib/auth/page";
import { formatDate } from "@/lib/format";
import { listMyMeetings } from "@/lib/minutes/queries";
import type { MinutesStatus } from "@/lib/minutes/workflow-rules";

export const metadata: Metadata = { title: "Rapat Saya" };

export default async function MyMeetingsPage({ searchParams }: { searchParams: Promise<{ hal?: string }> }) {
  const actor = await requirePageActor("meeting.read");
  const page = Number((await searchParams).hal) || 1;
  const { items, total, pageSize } = await listMyMeetings(actor, { page });
  return (
    <div>
      <PageHeader
        title="Rapat Saya"
        description="Rapat badan yang Anda ikuti: baca draf risalah, usulkan koreksi, dan tandatangani risalah rapat yang Anda pimpin."
      />
      {items.length === 0 ? (
        <EmptyState title="Belum ada rapat">Rapat badan yang Anda ikuti akan tampil di sini.</EmptyState>
      ) : (
        <ul className="space-y-2">
          {items.map((m) => (
            <li key={m.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <div className="flex flex-wrap items-center gap-2">
                <Badge tone={STATUS_TONE[m.status as MinutesStatus]}>
                  {MINUTES_STATUS_LABELS[m.status as MinutesStatus]}
                </Badge>
                {m.isChair ? <Badge tone="blue">Anda ketua rapat</Badge> : null}
                <span className="text-sm text-slate-700">{m.typeName}</span>
              </div>
              <Link href={`/portal/rapat/${m.id}`} className="mt-1 block font-semibold">
                {m.title}
              </Link>
              <p className="text-sm text-slate-700">
                {formatDate(m.date)}, {m.startTime.slice(0, 5)} WITA · {m.place}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} pageSize={pageSize} total={total} href={(p) => `/portal/rapat?hal=${p}`} />
    </div>
  );
}
