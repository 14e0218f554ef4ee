import type { ReactNode } from "react";
import { formatNumber } from "@/lib/format";

/** Title block of a page, with optional description and actions. */
export function PageHeader({
  title,
  description,
  actions,
}: {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <div className="mb-6 flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">{title}</h1>
        {description ? <p className="mt-1 text-slate-700">{description}</p> : null}
      </div>
      {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
    </div>
  );
}

export function Card({ children, className = "" }: { children: ReactNode; className?: string }) {
  return <div className={`rounded-lg border border-slate-200 bg-white p-5 shadow-sm ${className}`}>{children}</div>;
}

const badgeTones = {
  slate: "bg-slate-100 text-slate-800",
  blue: "bg-brand-100 text-brand-900",
  green: "bg-green-100 text-green-900",
  amber: "bg-amber-100 text-amber-900",
  red: "bg-red-100 text-red-900",
} as const;

export function Badge({ tone = "slate", children }: { tone?: keyof typeof badgeTones; children: ReactNode }) {
  return (
    <span className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold ${badgeTones[tone]}`}>
      {children}
    </span>
  );
}

/** Shown when a list has nothing in it. */
export function EmptyState({ title, children }: { title: ReactNode; children?: ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-10 text-center">
      <p className="font-semibold text-slate-800">{title}</p>
      {children ? <div className="mt-2 text-sm text-slate-600">{children}</div> : null}
    </div>
  );
}

/** Page-number pagination with links that keep the other query parameters. */
export function Pagination({
  page,
  pageSize,
  total,
  href,
}: {
  page: number;
  pageSize: number;
  total: number;
  href: (page: number) => string;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav aria-label="Navigasi halaman" className="mt-4 flex items-center justify-between gap-2 text-sm">
      <span className="text-slate-700">
        Halaman {page} dari {pages} · {formatNumber(total)} data
      </span>
      <span className="flex gap-2">
        {page > 1 ? (
          <a href={href(page - 1)} className="rounded border border-slate-300 bg-white px-3 py-2" rel="prev">
            ‹ Sebelumnya
          </a>
        ) : null}
        {page < pages ? (
          <a href={href(page + 1)} className="rounded border border-slate-300 bg-white px-3 py-2" rel="next">
            Berikutnya ›
          </a>
        ) : null}
      </span>
    </nav>
  );
}

/** "Next" / "first page" links of a keyset-paged list (no page numbers: a cursor marks the place). */
export function CursorNav({ firstHref, nextHref }: { firstHref: string | null; nextHref: string | null }) {
  if (!firstHref && !nextHref) return null;
  return (
    <nav aria-label="Navigasi halaman" className="mt-4 flex flex-wrap gap-2 text-sm">
      {firstHref ? (
        <a href={firstHref} className="rounded border border-slate-300 bg-white px-3 py-2">
          « Halaman pertama
        </a>
      ) : null}
      {nextHref ? (
        <a href={nextHref} className="rounded border border-slate-300 bg-white px-3 py-2" rel="next">
          Berikutnya ›
        </a>
      ) : null}
    </nav>
  );
}
