import Link from "next/link";
import { EmptyState, Pagination } from "@/components/ui/misc";
import { formatDate, formatDateTime } from "@/lib/format";
import { INSTRUCTION_LABELS } from "@/lib/letters/constants";
import type { InboxItem, InboxTab } from "@/lib/letters/disposisi/inbox";
import { DisposisiStatusBadge, NatureBadge, OverdueBadge } from "./badges";

const TABS: { tab: InboxTab; label: string }[] = [
  { tab: "baru", label: "Baru" },
  { tab: "terbuka", label: "Belum selesai" },
  { tab: "selesai", label: "Selesai" },
  { tab: "semua", label: "Semua" },
];

/** The recipient's list of dispositions (staff back office and member portal). */
export function DisposisiInbox({
  items,
  total,
  page,
  pageSize,
  tab,
  basePath,
  letterHref,
}: {
  items: InboxItem[];
  total: number;
  page: number;
  pageSize: number;
  tab: InboxTab;
  basePath: string;
  letterHref: (letterId: string) => string;
}) {
  return (
    <div className="space-y-4">
      <nav aria-label="Saring disposisi" className="flex flex-wrap gap-2 text-sm">
        {TABS.map((t) => (
          <Link
            key={t.tab}
            href={`${basePath}?tab=${t.tab}`}
            aria-current={t.tab === tab ? "page" : undefined}
            className="rounded-full border border-slate-300 bg-white px-3 py-1 no-underline aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
          >
            {t.label}
          </Link>
        ))}
      </nav>
      {items.length === 0 ? (
        <EmptyState title={tab === "baru" ? "Tidak ada disposisi baru" : "Tidak ada disposisi di sini"}>
          Disposisi yang ditujukan kepada Anda, unit kerja, atau komisi Anda muncul di sini.
        </EmptyState>
      ) : (
        <ul className="space-y-3">
          {items.map((i) => (
            <li
              key={i.branchId}
              className={`rounded-lg border bg-white p-4 ${i.status === "dikirim" ? "border-brand-300" : "border-slate-200"}`}
            >
              <div className="flex flex-wrap items-center gap-2">
                {i.status === "dikirim" ? (
                  <span className="size-2 rounded-full bg-brand-700" aria-hidden="true" />
                ) : null}
                <Link href={letterHref(i.letterId)} className="font-semibold">
                  {i.subject}
                </Link>
                <NatureBadge nature={i.nature} />
                <DisposisiStatusBadge status={i.status} />
                {i.overdue ? <OverdueBadge /> : null}
              </div>
              <p className="text-sm text-slate-700">
                <span className="font-mono">{i.agendaNumber}</span> · {i.sender} · untuk {i.recipientLabel} · dari{" "}
                {i.fromLabel} · {formatDateTime(i.createdAt)}
              </p>
              <p className="text-sm">
                {i.instructions.map((x) => INSTRUCTION_LABELS[x]).join(", ")}
                {i.dueOn ? ` · batas waktu ${formatDate(i.dueOn)}` : ""}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} pageSize={pageSize} total={total} href={(p) => `${basePath}?tab=${tab}&hal=${p}`} />
    </div>
  );
}

/** Parse the tab query parameter. */
export function inboxTab(v: string | undefined): InboxTab {
  return v === "baru" || v === "selesai" || v === "semua" ? v : "terbuka";
}
