import type { Metadata } from "next";
import Link from "next/link";
import { IncomingStatusBadge, NatureBadge } from "@/components/letters/badges";
import { DisposisiInbox, inboxTab } from "@/components/letters/disposisi-inbox";
import { Card, PageHeader } from "@/components/ui/misc";
import { requirePageActor } from "@/lib/auth/page";
import { formatDate } from "@/lib/format";
import { listAddressedToMe, listMyDisposisi } from "@/lib/letters/disposisi/inbox";
import { pageParam } from "@/lib/validation";

export const metadata: Metadata = { title: "Disposisi Surat" };

export default async function MemberDisposisiPage({
  searchParams,
}: {
  searchParams: Promise<{ tab?: string; hal?: string }>;
}) {
  const actor = await requirePageActor("letter.disposisi.receive");
  const sp = await searchParams;
  const [r, addressed] = await Promise.all([
    listMyDisposisi(actor, { tab: inboxTab(sp.tab), page: pageParam(sp.hal) }),
    listAddressedToMe(actor),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader title="Disposisi surat" description="Surat yang didisposisikan kepada Anda atau komisi Anda." />
      <DisposisiInbox {...r} basePath="/portal/disposisi" letterHref={(id) => `/portal/disposisi/${id}`} />
      {addressed.length ? (
        <Card>
          <h2 className="mb-3 text-lg font-bold">Surat yang ditujukan kepada Anda</h2>
          <ul className="space-y-2 text-sm">
            {addressed.map((l) => (
              <li key={l.id} className="flex flex-wrap items-center gap-2">
                <Link href={`/portal/disposisi/${l.id}`} className="font-semibold">
                  {l.subject}
                </Link>
                <NatureBadge nature={l.nature} />
                <IncomingStatusBadge status={l.status} />
                <span className="text-slate-600">
                  {l.agendaNumber} · {l.sender} · diterima {formatDate(l.receivedOn)}
                </span>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </div>
  );
}
