import { site } from "@/lib/site";

const SERVICES = [
  {
    href: "/aspirasi/kirim",
    name: "SIAP",
    title: "Sampaikan aspirasi",
    text: "Kirim aspirasi atau pengaduan kepada DPRD melalui situs, WhatsApp, email, atau telepon. Setiap aspirasi mendapat kode lacak dan ditindaklanjuti oleh anggota dewan di dapil Anda.",
    cta: "Kirim aspirasi",
  },
  {
    href: "/pokir",
    name: "e-Pokir",
    title: "Usulkan pembangunan",
    text: "Usulkan kegiatan pembangunan di lingkungan Anda. Anggota DPRD dapil Anda dapat mengadopsinya menjadi pokok-pokok pikiran DPRD untuk RKPD.",
    cta: "Lihat e-Pokir",
  },
  {
    href: "/risalah",
    name: "e-Risalah",
    title: "Baca risalah rapat",
    text: "Risalah rapat terbuka DPRD yang telah ditandatangani secara elektronik oleh pimpinan dan sekretaris rapat, lengkap dengan verifikasi keasliannya.",
    cta: "Lihat risalah",
  },
  {
    href: "/masuk",
    name: "Register Surat",
    title: "Persuratan sekretariat",
    text: "Pencatatan surat masuk dan keluar, nomor agenda, klasifikasi arsip, dan disposisi bagi pimpinan, anggota, dan staf Sekretariat DPRD.",
    cta: "Masuk (khusus internal)",
  },
];

export default function HomePage() {
  return (
    <div className="space-y-12">
      <section className="rounded-2xl bg-gradient-to-br from-brand-700 to-brand-900 px-6 py-10 text-white sm:px-10">
        <p className="text-sm font-semibold tracking-wide text-accent-400 uppercase">Sistem Digital Melayani</p>
        <h1 className="mt-2 max-w-3xl text-3xl font-bold sm:text-4xl">
          Layanan digital DPRD Kota Balikpapan untuk warga
        </h1>
        <p className="mt-4 max-w-2xl text-brand-100">
          Sampaikan aspirasi, usulkan pembangunan, lacak tindak lanjutnya, dan baca risalah rapat dewan — terbuka,
          cepat, dan dapat dipertanggungjawabkan.
        </p>
        <div className="mt-6 flex flex-wrap gap-3">
          <a
            href="/aspirasi/kirim"
            className="rounded-md bg-accent-400 px-5 py-3 font-semibold text-brand-900 no-underline hover:bg-accent-500 hover:no-underline"
          >
            Kirim aspirasi
          </a>
          <a
            href="/lacak"
            className="rounded-md border border-white/60 px-5 py-3 font-semibold text-white no-underline hover:bg-white/10 hover:no-underline"
          >
            Lacak dengan kode
          </a>
        </div>
      </section>

      <section aria-labelledby="layanan">
        <h2 id="layanan" className="text-2xl font-bold">
          Empat layanan Si Dilan
        </h2>
        <ul className="mt-6 grid gap-4 sm:grid-cols-2">
          {SERVICES.map((s) => (
            <li key={s.name} className="flex flex-col rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
              <p className="text-xs font-bold tracking-wide text-brand-700 uppercase">{s.name}</p>
              <h3 className="mt-1 text-lg font-bold">{s.title}</h3>
              <p className="mt-2 flex-1 text-slate-700">{s.text}</p>
              <a href={s.href} className="mt-4 font-semibold">
                {s.cta} <span aria-hidden="true">→</span>
              </a>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="kontak" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="kontak" className="text-xl font-bold">
          Kanal aspirasi lainnya
        </h2>
        <ul className="mt-3 grid gap-2 text-slate-700 sm:grid-cols-3">
          <li>
            <strong>WhatsApp:</strong> {site.whatsapp}
          </li>
          <li>
            <strong>Email:</strong> {site.email}
          </li>
          <li>
            <strong>Telepon:</strong> {site.phone} ({site.hours})
          </li>
        </ul>
      </section>
    </div>
  );
}
