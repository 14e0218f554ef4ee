import type { Metadata } from "next";

export const metadata: Metadata = {
  title: "Cara menghitung angka anggota — Si Dilan",
  description: "Metode perhitungan kehadiran, aspirasi, pokir, dan reses anggota DPRD di Si Dilan.",
};

function Note({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h2 id={id} className="text-xl font-bold">
        {title}
      </h2>
      <div className="space-y-2 text-slate-800">{children}</div>
    </section>
  );
}

export default function MethodPage() {
  return (
    <article className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold">Cara menghitung</h1>
      <p>
        Semua angka dihitung otomatis dari catatan Si Dilan, tanpa penilaian manusia, dan selalu ditampilkan bersama
        penyebutnya. Tanggal memakai waktu Indonesia tengah (WITA).
      </p>
      <Note id="kehadiran" title="Kehadiran rapat">
        <p>
          Sumbernya daftar hadir e-Risalah, hanya dari rapat yang risalahnya sudah <strong>final</strong> (final,
          ditandatangani, atau terbit): sebelum itu daftar hadir masih bisa dikoreksi.
        </p>
        <p>
          <strong>Hadir</strong> = hadir. <strong>Berhalangan dengan keterangan</strong> = izin, sakit, atau dinas luar.{" "}
          <strong>Alpa</strong> = tanpa keterangan. Penyebutnya semua rapat alat kelengkapan yang wajib diikuti anggota;
          status yang tidak diisi notulis dihitung dalam penyebut sebagai &quot;tidak tercatat&quot;.
        </p>
        <p>Rapat tertutup ikut dihitung, tetapi hanya jumlahnya: judul, tanggal, dan isinya tidak ditampilkan.</p>
        <p>
          Tahun berjalan = 1 Januari sampai 31 Desember. Masa sidang: I = Januari–April, II = Mei–Agustus, III =
          September–Desember (satu reses per masa sidang, PP 12/2018 Pasal 88).
        </p>
      </Note>
      <Note id="aspirasi" title="Aspirasi warga">
        <p>
          <strong>Diteruskan</strong>: aspirasi yang diverifikasi Sekretariat dalam 12 bulan terakhir dan diteruskan ke
          dapil anggota atau ke komisinya (aturan yang sama dengan kotak masuk anggota; duplikat yang digabung dan
          aspirasi yang ditolak tidak dihitung). Aspirasi rahasia ikut dihitung dalam jumlah, tidak pernah ditampilkan.
        </p>
        <p>
          <strong>Dijawab anggota</strong>: dari yang diteruskan, yang mendapat jawaban terbuka dari anggota itu sendiri
          (catatan internal tidak dihitung).
        </p>
        <p>
          <strong>Waktu jawaban pertama</strong>: hari kerja dari tanggal diteruskan sampai tanggal jawaban terbuka
          pertama anggota. Hari kerja tidak menghitung Sabtu, Minggu, dan hari libur nasional serta cuti bersama;
          jawaban pada hari yang sama = 0 hari kerja. Median = nilai tengah (rata-rata dua nilai tengah bila jumlahnya
          genap).
        </p>
        <p>
          <strong>Dijawab ≤ 5 hari kerja</strong>: dari aspirasi yang dijawab anggota, yang jawaban pertamanya datang
          paling lama 5 hari kerja (acuan tindak lanjut SP4N-LAPOR!).
        </p>
      </Note>
      <Note id="pokir" title="Pokir">
        <p>
          <strong>Diadopsi</strong>: usulan yang diadopsi anggota pada periode pokir itu (usulan yang digabung tidak
          dihitung). <strong>Sudah diputuskan</strong>: yang hasil SIPD-nya sudah tercatat. <strong>Diakomodir</strong>:
          yang masuk RKPD/APBD. Nilai = jumlah perkiraan biaya pada usulan, bukan pagu anggaran yang ditetapkan.
        </p>
      </Note>
      <Note id="reses" title="Reses">
        <p>
          Kegiatan reses yang dicatat anggota atau Sekretariat: tanggal, tempat, kelurahan, jumlah peserta, dan jumlah
          usulan pokir dari kegiatan itu. Catatan dan foto tidak ditampilkan.
        </p>
      </Note>
      <p>
        <a href="/data">Kembali ke data terbuka</a>
      </p>
    </article>
  );
}
