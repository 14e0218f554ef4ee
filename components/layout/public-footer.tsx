import { site } from "@/lib/site";

/** Footer with the secretariat's contact details. */
export function PublicFooter() {
  return (
    <footer className="mt-16 border-t border-slate-200 bg-white">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 text-sm text-slate-700 sm:grid-cols-3">
        <div>
          <h2 className="font-bold text-slate-900">Sekretariat DPRD Kota Balikpapan</h2>
          <address className="mt-2 not-italic leading-relaxed">
            {site.addressLines.map((line) => (
              <span key={line} className="block">
                {line}
              </span>
            ))}
          </address>
        </div>
        <div>
          <h2 className="font-bold text-slate-900">Kontak</h2>
          <ul className="mt-2 space-y-1">
            <li>Telepon: {site.phone}</li>
            <li>WhatsApp aspirasi: {site.whatsapp}</li>
            <li>
              Email: <a href={`mailto:${site.email}`}>{site.email}</a>
            </li>
            <li>{site.hours}</li>
          </ul>
        </div>
        <div>
          <h2 className="font-bold text-slate-900">Informasi</h2>
          <ul className="mt-2 space-y-1">
            <li>
              <a href="/privasi">Kebijakan privasi</a>
            </li>
            <li>
              <a href="/data-saya">Data pribadi saya</a>
            </li>
            <li>
              <a href="/statistik">Statistik layanan</a>
            </li>
            <li>
              <a href="/masuk">Masuk untuk anggota dan staf</a>
            </li>
          </ul>
        </div>
      </div>
      <p className="border-t border-slate-100 py-4 text-center text-xs text-slate-600">
        © {new Date().getFullYear()} Sekretariat DPRD Kota Balikpapan · Si Dilan (Sistem Digital Melayani)
      </p>
    </footer>
  );
}
