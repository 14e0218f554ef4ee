import type { Metadata } from "next";
import { DisposisiInbox, inboxTab } from "@/components/letters/disposisi-inbox";
import { PageHeader } from "@/components/ui/misc";
import { requirePageActor } from "@/lib/auth/page";
import { listMyDisposisi } from "@/lib/letters/disposisi/inbox";
import { pageParam } from "@/lib/validation";

export const metadata: Metadata = { title: "Disposisi Saya" };

export default async function StaffDisposisiPage({
  searchParams,
}: {
  searchParams: Promise<{ tab?: string; hal?: string }>;
}) {
  const actor = await requirePageActor("letter.disposisi.receive");
  const sp = await searchParams;
  const r = await listMyDisposisi(actor, { tab: inboxTab(sp.tab), page: pageParam(sp.hal) });
  return (
    <div>
      <PageHeader
        title="Disposisi saya"
        description={`Disposisi untuk Anda${actor.unit ? ` dan ${actor.unit}` : ""}: konfirmasi penerimaan, teruskan, laporkan tindak lanjut, lalu tutup.`}
      />
      <DisposisiInbox
        {...r}
        basePath="/sekretariat/disposisi"
        letterHref={(id) => `/sekretariat/surat/masuk/${id}#disposisi`}
      />
    </div>
  );
}
