import Link from "next/link";
import type { ReactNode } from "react";
import { ROLE_LABELS, type Actor } from "@/lib/auth/roles";
import { can } from "@/lib/auth/guard";
import type { NavItem } from "@/lib/navigation";
import { LogoutButton } from "@/components/auth/logout-button";

/** Shell of the member portal and the back office: a header with the user and a side navigation. */
export function AppShell({
  actor,
  title,
  nav,
  children,
  badges = {},
}: {
  actor: Actor;
  title: string;
  nav: NavItem[];
  children: ReactNode;
  badges?: Record<string, number>;
}) {
  const items = nav.filter((item) => !item.permission || can(actor, item.permission));
  return (
    <div className="min-h-screen">
      <header className="bg-brand-800 text-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href="/" className="text-white no-underline">
            <span className="block font-bold">Si Dilan</span>
            <span className="block text-xs text-brand-100">{title}</span>
          </Link>
          <div className="flex items-center gap-3 text-sm">
            <span>
              <span className="block font-semibold">{actor.name}</span>
              <span className="block text-xs text-brand-100">{actor.position ?? ROLE_LABELS[actor.role]}</span>
            </span>
            <LogoutButton />
          </div>
        </div>
      </header>
      <div className="mx-auto flex max-w-7xl flex-col gap-6 px-4 py-6 md:flex-row">
        <nav aria-label="Navigasi layanan" className="md:w-56 md:shrink-0">
          <ul className="relative flex gap-1 overflow-x-auto md:flex-col">
            {items.map((item) => (
              <li key={item.href} className="shrink-0">
                {item.ready ? (
                  <Link
                    href={item.href}
                    className="flex items-center justify-between rounded-md px-3 py-2 text-sm font-medium text-slate-800 hover:bg-brand-50"
                  >
                    {item.label}
                    {badges[item.href] ? (
                      <span className="ml-2 rounded-full bg-brand-700 px-2 text-xs text-white">
                        {badges[item.href]}
                        <span className="sr-only"> belum dibaca</span>
                      </span>
                    ) : null}
                  </Link>
                ) : (
                  <span className="block rounded-md px-3 py-2 text-sm text-slate-500" aria-disabled="true">
                    {item.label} <span className="text-xs">(segera hadir)</span>
                  </span>
                )}
              </li>
            ))}
          </ul>
        </nav>
        <main id="konten" className="min-w-0 flex-1">
          {children}
        </main>
      </div>
    </div>
  );
}
