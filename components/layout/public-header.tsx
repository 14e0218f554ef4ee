import { Logo } from "./logo";

const LINKS = [
  { href: "/aspirasi", label: "Aspirasi" },
  { href: "/pokir", label: "e-Pokir" },
  { href: "/risalah", label: "Risalah" },
  { href: "/anggota", label: "Anggota" },
  { href: "/wakil-saya", label: "Wakil Saya" },
  { href: "/data", label: "Data" },
  { href: "/lacak", label: "Lacak" },
];

/** Header of the public site: the council's name and the main links. */
export function PublicHeader() {
  return (
    <header className="bg-brand-800 text-white">
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-4 sm:flex-row sm:items-center sm:justify-between">
        <a href="/" className="flex items-center gap-3 text-white no-underline hover:no-underline">
          <Logo className="shrink-0" />
          <span>
            <span className="block text-lg leading-tight font-bold">Si Dilan</span>
            <span className="block text-sm leading-tight text-brand-100">Sekretariat DPRD Kota Balikpapan</span>
          </span>
        </a>
        <nav aria-label="Menu utama">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm font-semibold">
            {LINKS.map((l) => (
              <li key={l.href}>
                <a href={l.href} className="inline-block py-2 text-white">
                  {l.label}
                </a>
              </li>
            ))}
            <li>
              <a href="/masuk" className="inline-block rounded bg-white/10 px-3 py-2 text-white">
                Masuk
              </a>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
