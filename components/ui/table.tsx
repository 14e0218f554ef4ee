import type { ReactNode } from "react";

/**
 * A wide table's scroll box: on a phone the table scrolls inside it, never the page. It is a named
 * region that takes keyboard focus, so people without a pointer can scroll it too (axe
 * `scrollable-region-focusable`).
 */
export function ScrollRegion({ label, children, className = "" }: { label: string; children: ReactNode; className?: string }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={`max-w-full overflow-x-auto rounded-lg border border-slate-200 bg-white focus:outline-2 focus:outline-brand-700 ${className}`}>
      {children}
    </div>
  );
}

/**
 * A long filter form behind a "Saring" toggle (`<details>`: works without JavaScript), so a phone
 * shows the items first. Open when a filter is already applied.
 */
export function FilterDisclosure({ active, children, label = "Saring" }: { active: boolean; children: ReactNode; label?: string }) {
  return (
    <details open={active} className="mb-4 rounded-lg border border-slate-200 bg-white">
      <summary className="cursor-pointer px-4 py-3 font-semibold">
        {label}
        {active ? <span className="ml-2 text-sm font-normal text-slate-700">(saringan aktif)</span> : null}
      </summary>
      <div className="border-t border-slate-200 p-4">{children}</div>
    </details>
  );
}
