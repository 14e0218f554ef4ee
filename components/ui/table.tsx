import type { ReactNode } from "react";

/**
 * A wide table's scroll box: on a phone the table scrolls inside it, never the page. It is a named
 * region that takes keyboard focus, so people without a pointer can scroll it too (axe
 * `scrollable-region-focusable`).
 */
export function ScrollRegion({
  label,
  children,
  className = "",
}: {
  label: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className={`max-w-full overflow-x-auto rounded-lg border border-slate-200 bg-white focus:outline-2 focus:outline-brand-700 ${className}`}
    >
      {children}
    </div>
  );
}

/**
 * A long filter form behind a "Saring" toggle (`<details>`: works without JavaScript), so a phone
 * shows the items first. Open when a filter is already applied.
 */
export function FilterDisclosure({
  active,
  children,
  label = "Saring",
}: {
  active: boolean;
  children: ReactNode;
  label?: string;
}) {
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

/** A column heading: its text (or content) and, for amounts, right alignment. */
export type Column = string | { label: ReactNode; align?: "right"; key?: string };

/** On a phone, each row becomes a block of stacked cells (the headings stay for screen readers). */
const stackedTable =
  "max-sm:block max-sm:[&_tbody]:block max-sm:[&_tr]:block max-sm:[&_tr]:py-2 max-sm:[&_td]:block max-sm:[&_td]:py-0.5";

/**
 * The staff list table: a labelled, focusable scroll region (so at 360 px the table scrolls, never
 * the page), a caption for screen readers, column headings, and the rows as children (`Row`, `Cell`).
 */
export function DataTable({
  label,
  caption,
  columns,
  stackOnPhone = false,
  className = "",
  children,
}: {
  label: string;
  caption?: ReactNode;
  columns: Column[];
  stackOnPhone?: boolean;
  className?: string;
  children: ReactNode;
}) {
  return (
    <ScrollRegion label={label}>
      <table className={`min-w-full text-left text-sm ${stackOnPhone ? stackedTable : ""} ${className}`}>
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        <thead className={`bg-slate-100 text-slate-700 ${stackOnPhone ? "max-sm:sr-only" : ""}`}>
          <tr>
            {columns.map((c) => {
              const col = typeof c === "string" ? { label: c } : c;
              return (
                <th
                  key={typeof c === "string" ? c : (c.key ?? String(c.label))}
                  scope="col"
                  className={`px-3 py-2 ${col.align === "right" ? "text-right" : ""}`}
                >
                  {col.label}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </ScrollRegion>
  );
}

/** One row of a `DataTable`. */
export function Row({ children, className = "" }: { children: ReactNode; className?: string }) {
  return <tr className={`border-t border-slate-100 align-top ${className}`}>{children}</tr>;
}

/** One cell of a `Row`; `align="right"` for amounts. */
export function Cell({
  children,
  className = "",
  align,
}: {
  children?: ReactNode;
  className?: string;
  align?: "right";
}) {
  return <td className={`px-3 py-2 ${align === "right" ? "text-right" : ""} ${className}`}>{children}</td>;
}

/** The cell that names its row (a `<th scope="row">`). */
export function RowHeader({ children, className = "" }: { children: ReactNode; className?: string }) {
  return (
    <th scope="row" className={`px-3 py-2 text-left ${className.includes("font-") ? "" : "font-medium"} ${className}`}>
      {children}
    </th>
  );
}
