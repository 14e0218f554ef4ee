import Link from "next/link";
import { can } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";

const ITEMS = [
  { href: "/sekretariat/surat/masuk", label: "Surat masuk" },
  { href: "/sekretariat/surat/keluar", label: "Surat keluar" },
  { href: "/sekretariat/surat/epaper", label: "E-Paper" },
  { href: "/sekretariat/surat/keluar/cadangan", label: "Nomor cadangan" },
  { href: "/sekretariat/surat/agenda", label: "Buku agenda" },
  { href: "/sekretariat/surat/retensi", label: "Retensi" },
  { href: "/sekretariat/surat/klasifikasi", label: "Klasifikasi", permission: "reference.manage" as const },
  { href: "/sekretariat/surat/pengaturan", label: "Format nomor", permission: "letter.settings.manage" as const },
];

/** Sub-navigation of the letter registers. */
export function LettersSubnav({ actor, current }: { actor: Actor; current: string }) {
  return (
    <nav aria-label="Menu register surat" className="mb-6 overflow-x-auto border-b border-slate-200">
      <ul className="flex gap-1 text-sm">
        {ITEMS.filter((i) => !i.permission || can(actor, i.permission)).map((i) => (
          <li key={i.href} className="shrink-0">
            <Link
              href={i.href}
              aria-current={i.href === current ? "page" : undefined}
              className={`block border-b-2 px-3 py-2 font-medium no-underline ${i.href === current ? "border-brand-700 text-brand-800" : "border-transparent text-slate-700 hover:text-brand-800"}`}
            >
              {i.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
