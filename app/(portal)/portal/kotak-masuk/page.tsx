import type { Metadata } from "next";
import { InboxFilters } from "@/components/inbox/inbox-filters";
import { InboxList } from "@/components/inbox/inbox-list";
import { MarkReadForm } from "@/components/inbox/mark-read-form";
import { CursorNav, PageHeader } from "@/components/ui/misc";
import { requirePageActor } from "@/lib/auth/page";
import { listInbox } from "@/lib/inbox/service";
import { inboxFilterOptions } from "@/lib/inbox/options";

export const metadata: Metadata = { title: "Kotak Masuk" };

export default async function InboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requirePageActor("inbox.read");
  const sp = await searchParams;
  const [{ items, nextCursor, filters }, options] = await Promise.all([
    listInbox(actor, sp),
    inboxFilterOptions(actor),
  ]);
  const keep = new URLSearchParams(Object.entries(sp).filter(([k, v]) => v && k !== "setelah") as [string, string][]);
  const nextHref = nextCursor
    ? `/portal/kotak-masuk?${new URLSearchParams([...keep.entries(), ["setelah", nextCursor]]).toString()}`
    : null;
  return (
    <div>
      <PageHeader
        title="Kotak masuk"
        description="Aspirasi dan pokir dari dapil Anda, serta aspirasi yang diteruskan ke komisi Anda."
      />
      <InboxFilters filters={filters} options={options} />
      <div className="mt-4 space-y-3">
        <MarkReadForm items={items.filter((i) => i.unread).map((i) => `${i.type}:${i.id}`)} />
        <InboxList items={items} />
      </div>
      <CursorNav firstHref={filters.setelah ? `/portal/kotak-masuk?${keep.toString()}` : null} nextHref={nextHref} />
    </div>
  );
}
