import Link from "next/link";

/** Sub-navigation of the back-office e-Pokir pages. */
export function PokirSubnav({ admin }: { admin: boolean }) {
  const items = [
    ["/sekretariat/pokir", "Usulan"],
    ["/sekretariat/pokir/pagu", "Pagu & rekap anggota"],
    ["/sekretariat/pokir/periode", admin ? "Periode & finalisasi" : "Finalisasi"],
  ];
  return (
    <nav aria-label="Menu e-Pokir" className="mb-4 flex flex-wrap gap-3 text-sm">
      {items.map(([href, label]) => (
        <Link key={href} href={href} className="rounded border border-slate-300 bg-white px-3 py-1">
          {label}
        </Link>
      ))}
    </nav>
  );
}
