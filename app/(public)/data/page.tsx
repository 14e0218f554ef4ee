import type { Metadata } from "next";
import { ScrollRegion } from "@/components/ui/table";
import { BOUNDARY_CREDIT } from "@/lib/maps/boundaries";
import { DATA_DICTIONARY, DATA_LICENCE } from "@/lib/members/open-data";

export const metadata: Metadata = {
  title: "Data terbuka — Si Dilan",
  description: "Angka kinerja anggota DPRD Kota Balikpapan sebagai CSV dan JSON, dengan kamus data dan lisensi.",
};

export default function OpenDataPage() {
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Data terbuka</h1>
        <p className="mt-1 text-slate-700">
          Angka yang tampil di{" "}
          <a href="/anggota" className="underline">
            profil anggota
          </a>{" "}
          — kehadiran rapat, aspirasi, pokir, dan reses — untuk semua anggota, dalam format yang bisa diolah. Setiap
          angka disertai penyebutnya. Tidak ada data pribadi warga di dalamnya.{" "}
          <a href="/data/cara-menghitung" className="underline">
            Cara menghitung
          </a>
          .
        </p>
      </div>
      <section aria-labelledby="unduh" className="space-y-2">
        <h2 id="unduh" className="text-xl font-bold">
          Unduh
        </h2>
        <ul className="list-disc space-y-1 pl-5">
          <li>
            <a href="/data/anggota.csv" download>
              Angka anggota DPRD (CSV, satu baris per anggota)
            </a>
          </li>
          <li>
            <a href="/data/anggota.json" download>
              Angka anggota DPRD (JSON, dengan kamus data)
            </a>
          </li>
          <li>
            API: <code>GET /api/v1/anggota</code> dan <code>GET /api/v1/anggota/{"{slug}"}</code> (angka lengkap per
            jenis rapat dan per periode pokir), dijelaskan di{" "}
            <a href="/api/v1/openapi.json" className="underline">
              dokumen OpenAPI
            </a>
          </li>
        </ul>
        <p className="text-sm text-slate-700">Angka diperbarui paling lama 5 menit sekali.</p>
      </section>
      <section aria-labelledby="kamus" className="space-y-2">
        <h2 id="kamus" className="text-xl font-bold">
          Kamus data (CSV)
        </h2>
        <ScrollRegion label="Kamus data" className="p-2">
          <table className="w-full min-w-[32rem] text-left text-sm">
            <thead>
              <tr className="border-b border-slate-200">
                <th scope="col" className="py-2">
                  Kolom
                </th>
                <th scope="col">Arti</th>
                <th scope="col">Satuan</th>
              </tr>
            </thead>
            <tbody>
              {DATA_DICTIONARY.map((d) => (
                <tr key={d.key} className="border-b border-slate-100 align-top">
                  <th scope="row" className="py-1 pr-2 font-mono text-xs font-normal">
                    {d.key}
                  </th>
                  <td className="pr-2">{d.description}</td>
                  <td>{d.unit}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </section>
      <section aria-labelledby="lisensi" className="space-y-1">
        <h2 id="lisensi" className="text-xl font-bold">
          Lisensi
        </h2>
        <p>{DATA_LICENCE}</p>
        <p className="text-sm text-slate-700">Peta: {BOUNDARY_CREDIT}</p>
      </section>
    </div>
  );
}
