import Link from "next/link";
import { EmptyState } from "@/components/ui/misc";
import { formatDateTime } from "@/lib/format";
import type { InboxItem } from "@/lib/inbox/service";
import { PokirStatusBadge } from "@/components/pokir/status-badge";
import { StatusBadge } from "@/components/aspirations/status-badge";
import type { AspirationStatus } from "@/lib/aspirations/constants";

/** The member inbox rows: type, title, place, status, unread marker. */
export function InboxList({ items }: { items: InboxItem[] }) {
  if (items.length === 0)
    return (
      <EmptyState title="Tidak ada item">Tidak ada aspirasi atau pokir yang cocok dengan saringan ini.</EmptyState>
    );
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
      {items.map((i) => (
        <li
          key={`${i.type}-${i.id}`}
          className={`flex flex-col gap-1 px-4 py-3 sm:flex-row sm:items-center sm:justify-between ${i.unread ? "bg-brand-50" : ""}`}
        >
          <div className="min-w-0">
            <p className="text-xs uppercase tracking-wide text-slate-700">
              {i.type === "pokir" ? "Pokir" : "Aspirasi"} · <span className="font-mono">{i.trackingCode}</span> ·{" "}
              {i.kelurahan ?? "tanpa lokasi"}
            </p>
            <Link href={i.href} className={`block truncate ${i.unread ? "font-bold" : ""}`}>
              {i.unread ? <span className="sr-only">Belum dibaca: </span> : null}
              {i.title}
            </Link>
          </div>
          <div className="flex shrink-0 items-center gap-3 text-sm text-slate-700">
            {i.type === "aspirasi" ? (
              <StatusBadge status={i.status as AspirationStatus} />
            ) : (
              <PokirStatusBadge status={i.status} />
            )}
            <span>{formatDateTime(i.createdAt)}</span>
          </div>
        </li>
      ))}
    </ul>
  );
}
