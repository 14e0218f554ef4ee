import type { ReactNode } from "react";
import { formatNumber } from "@/lib/format";

/** "x dari y (z%)": a count always shown with its denominator. */
export function ofTotal(n: number, total: number): string {
  const pct = total ? ` (${Math.round((n / total) * 100)}%)` : "";
  return `${formatNumber(n)} dari ${formatNumber(total)}${pct}`;
}

/** A figure with its label, its denominator line and a link to how it is computed. */
export function Stat({
  label,
  value,
  denominator,
  method,
}: {
  label: string;
  value: ReactNode;
  denominator: ReactNode;
  method: string;
}) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-3">
      <dt className="text-sm text-slate-700">{label}</dt>
      <dd className="text-2xl font-bold">{value}</dd>
      <dd className="text-sm text-slate-700">{denominator}</dd>
      <dd className="text-sm">
        <a href={`/data/cara-menghitung#${method}`}>Cara menghitung</a>
      </dd>
    </div>
  );
}

/** A titled section of the profile. */
export function Section({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-xl font-bold">
        {title}
      </h2>
      {intro ? <p className="text-sm text-slate-700">{intro}</p> : null}
      {children}
    </section>
  );
}
