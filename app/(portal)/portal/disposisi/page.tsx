import type { Metadata } from "next";
import { DisposisiInbox, inboxTab } from "@/components/letters/disposisi-inbox";
import { PageHeader } from "@/components/ui/misc";
import { requirePageActor } from "@/lib/auth/page";
import { db } from "@/lib/db";
import { listMyDisposisi } from "@/lib/letters/disposisi/inbox";

export const metadata: Metadata = { title: "Disposisi Surat" };

export default async function MemberDisposisiPage({ searchParams }: { searchParams: Promise<{ tab?: string; hal?: string }> }) {
  const actor = await requirePageActor("letter.disposisi.receive");
  const sp = await searchParams;
  const r = await listMyDisposisi(db, actor, { tab: inboxTab(sp.tab), page: Number(sp.hal) || 1 });
  return (
    <div>
      <PageHeader title="Disposisi surat" description="Surat yang didisposisikan kepada Anda atau komisi Anda." />
      <DisposisiInbox {...r} basePath="/portal/disposisi" letterHref={(id) => `/portal/disposisi/${id}`} />
    </div>
  );
}
