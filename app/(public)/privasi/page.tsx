import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Kebijakan privasi — Si Dilan", description: "Bagaimana Sekretariat DPRD Kota Balikpapan memproses data pribadi dalam layanan Si Dilan (UU 27/2022)." };

export default function PrivacyPage() {
  return (
    <article className="prose mx-auto max-w-3xl space-y-4">
      <h1 className="text-2xl font-bold">Kebijakan privasi</h1>
      <p>
        Sekretariat DPRD Kota Balikpapan memproses data pribadi dalam layanan Si Dilan sesuai Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi.
      </p>
      <h2 className="text-xl font-bold">Data yang kami proses dan tujuannya</h2>
      <ul className="list-disc space-y-1 pl-6">
        <li>Nama, nomor WhatsApp/telepon, dan email yang Anda isi — hanya untuk mengabarkan perkembangan aspirasi Anda dan menghubungi Anda bila perlu klarifikasi.</li>
        <li>Isi aspirasi, lokasi, dan lampiran — untuk verifikasi dan tindak lanjut oleh Sekretariat serta anggota DPRD dapil atau komisi terkait.</li>
        <li>Alamat IP hanya disimpan sebagai hash bergaram selama jendela pembatasan kiriman (beberapa menit) untuk mencegah spam, lalu dihapus.</li>
      </ul>
      <h2 className="text-xl font-bold">Anonim dan rahasia</h2>
      <p>
        <strong>Anonim</strong>: nama dan kontak tidak disimpan sama sekali; aspirasi hanya dapat dilacak dengan kodenya. <strong>Rahasia</strong>: isi aspirasi
        tidak pernah ditampilkan kepada publik. Identitas pelapor tidak pernah ditampilkan kepada publik dalam kondisi apa pun. Data lokasi (EXIF/GPS) pada foto
        dihapus otomatis saat diunggah.
      </p>
      <h2 className="text-xl font-bold">Siapa yang dapat melihat</h2>
      <p>Staf Sekretariat DPRD yang menangani aspirasi, serta anggota DPRD dapil Anda atau komisi yang menerima penerusan. Lampiran tidak pernah dibuka untuk publik.</p>
      <h2 className="text-xl font-bold">Hak Anda</h2>
      <p>
        Anda berhak mengakses, memperbaiki, dan meminta penghapusan data pribadi Anda, serta menarik persetujuan. Hubungi Sekretariat DPRD Kota Balikpapan dengan
        menyebutkan kode lacak Anda. Data aspirasi disimpan selama diperlukan untuk tindak lanjut dan pertanggungjawaban layanan.
      </p>
      <p>
        <Link href="/aspirasi/kirim" className="underline">Kembali ke formulir aspirasi</Link>
      </p>
    </article>
  );
}
