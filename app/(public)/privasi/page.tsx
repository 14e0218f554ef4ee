import type { Metadata } from "next";
import { retentionDays } from "@/lib/privacy/service";
import { PERSONAL_DATA_SOURCES } from "@/lib/privacy/registry";
import { site } from "@/lib/site";

export const metadata: Metadata = {
  title: "Kebijakan Privasi",
  description:
    "Bagaimana Sekretariat DPRD Kota Balikpapan memproses data pribadi dalam layanan Si Dilan (UU 27/2022): tujuan, masa simpan, hak Anda, kontak, dan siapa yang melihat apa.",
};

const h2 = "mt-6 text-xl font-bold";

export default function PrivacyPage() {
  return (
    <article className="mx-auto max-w-3xl space-y-4 leading-relaxed">
      <h1 className="text-2xl font-bold">Kebijakan privasi</h1>
      <p>
        {site.name} (pengendali data) memproses data pribadi dalam layanan Si Dilan sesuai Undang-Undang Nomor 27 Tahun
        2022 tentang Pelindungan Data Pribadi. Halaman ini menjelaskan data apa yang kami simpan, untuk apa, berapa
        lama, siapa yang dapat melihatnya, dan bagaimana Anda memakai hak Anda.
      </p>

      <h2 className={h2}>Data yang kami proses dan tujuannya</h2>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          <strong>Nama, nomor telepon/WhatsApp, dan email</strong> pada aspirasi (SIAP) dan usulan pokir (e-Pokir) —
          hanya untuk mengabarkan perkembangan laporan Anda dan menghubungi Anda bila perlu klarifikasi. Dasar
          pemrosesan: persetujuan Anda saat mengirim.
        </li>
        <li>
          <strong>Isi laporan, lokasi, dan lampiran</strong> — untuk verifikasi dan tindak lanjut oleh Sekretariat serta
          anggota DPRD dapil atau komisi terkait, dan untuk penyusunan pokok-pokok pikiran DPRD (Permendagri 86/2017).
          Data lokasi (EXIF/GPS) pada foto dihapus otomatis saat diunggah.
        </li>
        <li>
          <strong>Alamat IP</strong> tidak disimpan. Untuk mencegah spam kami hanya menyimpan hash bergaram yang
          berganti setiap hari, selama jendela pembatasan kiriman.
        </li>
        <li>
          <strong>Akun anggota dan staf</strong> — nama, email, jabatan, dan catatan masuk (log audit) untuk keamanan
          layanan.
        </li>
      </ul>

      <h2 className={h2}>Anonim dan rahasia</h2>
      <p>
        <strong>Anonim</strong>: nama dan kontak tidak disimpan sama sekali; laporan hanya dapat dilacak dengan kodenya.{" "}
        <strong>Rahasia</strong>: isi laporan tidak pernah ditampilkan kepada publik. Identitas pelapor tidak pernah
        ditampilkan kepada publik dalam kondisi apa pun.
      </p>

      <h2 className={h2}>Siapa yang dapat melihat apa</h2>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          <strong>Publik</strong>: judul, isi (kecuali rahasia), kelurahan, status, dan jawaban publik — tanpa identitas
          pelapor.
        </li>
        <li>
          <strong>Anggota DPRD</strong>: laporan di dapilnya atau yang diteruskan ke komisinya, termasuk kontak bila
          perlu untuk tindak lanjut.
        </li>
        <li>
          <strong>Staf Sekretariat</strong>: seluruh laporan untuk verifikasi, penerusan, dan pelaporan; setiap akses
          penting tercatat di log audit.
        </li>
        <li>
          Kami tidak menjual atau membagikan data Anda kepada pihak lain, kecuali penerusan ke OPD/LAPOR! yang Anda
          ketahui dari status laporan.
        </li>
      </ul>

      <h2 className={h2}>Berapa lama data disimpan</h2>
      <ul className="list-disc space-y-1 pl-6">
        {PERSONAL_DATA_SOURCES.map((s) => (
          <li key={s.name}>
            {s.label}: nama dan kontak dianonimkan {retentionDays(s)} hari setelah laporan ditutup. Isi laporan tetap
            disimpan sebagai arsip pelayanan publik tanpa identitas.
          </li>
        ))}
        <li>Kode sekali pakai permintaan data dihapus sehari setelah kedaluwarsa.</li>
      </ul>

      <h2 className={h2}>Hak Anda</h2>
      <p>
        Anda berhak mengetahui, mengakses, dan memperoleh salinan data pribadi Anda, memperbaikinya, meminta penghapusan
        (anonimisasi), serta menarik persetujuan.
      </p>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          <a href="/data-saya" className="underline">
            Lihat dan unduh data pribadi Anda
          </a>{" "}
          dengan kode pelacakan dan kode sekali pakai yang kami kirim ke kontak Anda.
        </li>
        <li>
          Untuk koreksi atau penghapusan, hubungi kami dengan menyebutkan kode pelacakan. Penghapusan tidak menghapus
          isi laporan dan statistik, hanya identitas Anda.
        </li>
      </ul>

      <h2 className={h2}>Kontak</h2>
      <p>
        {site.name}, {site.addressLines.join(", ")}. Telepon {site.phone}, WhatsApp {site.whatsapp}, email{" "}
        <a className="underline" href={`mailto:${site.email}`}>
          {site.email}
        </a>{" "}
        ({site.hours}).
      </p>
      <p>
        Bila terjadi kegagalan pelindungan data pribadi, kami memberi tahu Anda dan lembaga pengawas paling lambat 3 ×
        24 jam sejak diketahui, sesuai Pasal 46 UU 27/2022.
      </p>
    </article>
  );
}
