import type { Metadata } from "next";
import { connection } from "next/server";
import { Countdown } from "@/components/pokir/countdown";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/misc";
import { formatDate, formatDateTime } from "@/lib/format";
import { nextPeriod, openPeriod } from "@/lib/pokir/periods";

export const metadata: Metadata = {
  title: "e-Pokir — Usulan Pokok-Pokok Pikiran DPRD",
  description:
    "Usulkan pembangunan di lingkungan Anda kepada anggota DPRD Kota Balikpapan dari dapil Anda dan pantau hasilnya sampai RKPD/APBD.",
};

export default async function PokirHome() {
  await connection();
  const now = new Date();
  const [open, next] = await Promise.all([openPeriod(now), nextPeriod(now)]);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold">e-Pokir: usulan pokok-pokok pikiran DPRD</h1>
        <p className="mt-2 max-w-3xl text-slate-700">
          Usulkan kegiatan pembangunan di lingkungan Anda. Sekretariat DPRD memeriksa kelengkapannya, anggota DPRD dari
          dapil Anda dapat mengadopsinya menjadi pokok-pokok pikiran DPRD, lalu usulan diinput ke SIPD untuk RKPD. Anda
          dapat memantau hasilnya dengan kode lacak.
        </p>
      </div>
      {open ? (
        <Card className="space-y-3">
          <h2 className="text-xl font-bold">{open.name} sedang dibuka</h2>
          <p>
            Pengajuan ditutup {formatDateTime(open.closesAt)} (Musrenbang RKPD {formatDate(open.musrenbangOn)}). Sisa
            waktu:
          </p>
          <Countdown until={open.closesAt.toISOString()} initialNow={now.getTime()} />
          <ButtonLink href="/pokir/usul">Ajukan usulan</ButtonLink>
        </Card>
      ) : (
        <Card className="space-y-2">
          <h2 className="text-xl font-bold">Pengajuan pokir sedang ditutup</h2>
          <p>
            {next
              ? `Periode berikutnya (${next.name}) dibuka ${formatDateTime(next.opensAt)}.`
              : "Jadwal periode berikutnya belum ditetapkan. Pantau halaman ini."}
          </p>
        </Card>
      )}
      <Card className="space-y-2">
        <h2 className="text-xl font-bold">Sebelum mengusulkan, siapkan</h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>alamat lengkap lokasi (jalan/gang, RT, kelurahan);</li>
          <li>minimal satu foto lokasi;</li>
          <li>volume pekerjaan dengan satuannya (mis. 200 meter, 3 unit).</li>
        </ul>
        <p className="text-sm text-slate-700">
          Tanpa ketiganya usulan ditolak SIPD, jadi formulir memeriksanya sebelum dikirim.
        </p>
      </Card>
      <form
        action="/pokir/lacak"
        className="flex flex-wrap items-end gap-3"
        role="search"
        aria-label="Lacak usulan pokir"
      >
        <div>
          <label htmlFor="kode" className="block text-sm font-semibold">
            Lacak usulan dengan kode
          </label>
          <input
            id="kode"
            name="kode"
            placeholder="POK-XXXX-XXXX"
            maxLength={20}
            className="mt-1 rounded-md border border-slate-400 px-3 py-2"
          />
        </div>
        <button className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">Lacak</button>
      </form>
      <p className="text-sm">
        <a href="/privasi">Kebijakan privasi</a>
      </p>
    </div>
  );
}
