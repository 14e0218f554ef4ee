// Permendagri 83/2022 archive classification codes, copied from shared/data/klasifikasi-permendagri-83-2022.csv
// (382 rows; see that folder's README for sources and confidence). Kept as a module so the build bundles it.
const csv = `
code,title,parent_code
000,UMUM,
000.1,KETATAUSAHAAN DAN KERUMAHTANGGAAN,000
000.1.1,Telekomunikasi,000.1
000.1.2,Perjalanan Dinas Dalam Negeri,000.1
000.1.2.1,Perjalanan Dinas Kepala Daerah,000.1.2
000.1.2.2,Perjalanan Dinas DPRD,000.1.2
000.1.2.3,Perjalanan Dinas Pegawai,000.1.2
000.1.3,Perjalanan Dinas Luar Negeri,000.1
000.1.3.1,Perjalanan Dinas Kepala Daerah,000.1.3
000.1.3.2,Perjalanan Dinas DPRD,000.1.3
000.1.3.3,Perjalanan Dinas Pegawai,000.1.3
000.1.4,Penggunaan Fasilitas Kantor,000.1
000.1.5,Rapat Pimpinan,000.1
000.1.6,Penyediaan Konsumsi,000.1
000.1.7,Pengurusan Kendaraan Dinas,000.1
000.1.7.1,Pengurusan surat-surat kendaraan dinas,000.1.7
000.1.7.2,Pemeliharaan dan perbaikan,000.1.7
000.1.7.3,Pengurusan kehilangan dan masalah kendaraan,000.1.7
000.1.8,"Pemeliharaan Gedung, Taman dan Peralatan Kantor",000.1
000.1.8.1,Pertamanan/Landscape,000.1.8
000.1.8.2,Penghijauan,000.1.8
000.1.8.3,Perbaikan Gedung,000.1.8
000.1.8.4,Perbaikan Peralatan Kantor,000.1.8
000.1.8.5,Perbaikan Rumah Dinas/Wisma,000.1.8
000.1.8.6,Kebersihan Gedung dan Taman,000.1.8
000.1.9,"Pengelolaan Jaringan Listrik, Air, Telepon dan Komputer",000.1
000.1.9.1,Perbaikan/Pemeliharaan,000.1.9
000.1.9.2,Pemasangan,000.1.9
000.1.10,Ketertiban dan Keamanan,000.1
000.1.10.1,"Pengamanan, Penjagaan, dan Pengawalan terhadap Pejabat, Kantor dan Rumah Dinas",000.1.10
000.1.10.2,Laporan Ketertiban dan Keamanan,000.1.10
000.1.11,Administrasi Pengelolaan Parkir,000.1
000.1.12,"Administrasi Pakaian Dinas Pegawai, Satpam, Petugas Kebersihan dan Pegawai lainnya",000.1
000.2,PERLENGKAPAN,000
000.2.1,Inventarisasi dan Penyimpanan,000.2
000.2.2,Pemeliharaan peralatan kantor,000.2
000.2.3,Distribusi,000.2
000.2.4,Penghapusan Barang Milik Daerah,000.2
000.2.5,Pengelolaan Database Barang Milik Daerah,000.2
000.3,PENGADAAN,000
000.3.1,Rencana Pengadaan Barang dan Jasa,000.3
000.3.2,Pengadaan Langsung,000.3
000.3.3,Pengadaan Tidak Langsung/Lelang,000.3
000.3.4,Swakelola,000.3
000.3.5,Pengolahan Sistem Informasi Pengadaan,000.3
000.3.6,Monitoring dan evaluasi pelaksanaan kebijakan dan pelaksanaan pengadaan,000.3
000.4,PERPUSTAKAAN,000
000.5,KEARSIPAN,000
000.5.1,Kebijakan di bidang kearsipan yang dilakukan oleh Pemerintah Daerah,000.5
000.5.2,Pembinaan Kearsipan,000.5
000.5.3,Pengelolaan Arsip Dinamis,000.5
000.5.3.1,Penciptaan,000.5.3
000.5.3.2,Pemberkasan Arsip Aktif,000.5.3
000.5.3.3,Penataan Arsip Inaktif,000.5.3
000.5.3.4,Penggunaan,000.5.3
000.5.3.5,Autentikasi Arsip Dinamis,000.5.3
000.5.4,Program Arsip Vital,000.5
000.5.5,Pengelolaan Arsip Terjaga,000.5
000.5.6,Penyusutan Arsip,000.5
000.5.6.1,Pemindahan Arsip,000.5.6
000.5.6.2,Pemusnahan Arsip,000.5.6
000.5.6.3,Penyerahan Arsip Statis,000.5.6
000.5.7,Alih Media Arsip,000.5
000.5.8,Data Base Pengelolaan Arsip Dinamis,000.5
000.5.9,Pengelolaan Arsip Statis,000.5
000.5.10,Jasa Kearsipan,000.5
000.5.11,Pengelolaan SIKN dan JIKN,000.5
000.5.12,Pelindungan dan penyelamatan arsip akibat bencana,000.5
000.5.13,Penyelamatan arsip Perangkat Daerah digabung dan/atau dibubarkan,000.5
000.5.14,Penerbitan izin penggunaan arsip yang bersifat tertutup,000.5
000.5.15,Pengawasan Kearsipan,000.5
000.6,PERSANDIAN,000
000.7,PERENCANAAN PEMBANGUNAN,000
000.7.1,Musyawarah Perencanaan Pembangunan/Musrenbang,000.7
000.7.2,Perencanaan Pembangunan Daerah,000.7
000.7.3,Koordinasi dan Sinkronisasi Perencanaan Pembangunan,000.7
000.7.4,Konsultasi Perencanaan Pembangunan,000.7
000.7.5,"Pemantauan, Evaluasi, Penilaian, dan Pelaporan Perencanaan Pembangunan",000.7
000.7.6,Aksi Strategis Daerah,000.7
000.7.7,Perencanaan Pendanaan Pembangunan,000.7
000.8,ORGANISASI DAN TATA LAKSANA,000
000.8.1,Struktur Organisasi di lingkungan Pemerintahan Daerah Kab/Kota,000.8
000.8.2,Uraian Jabatan dan Tata Kerja,000.8
000.8.3,Ketatalaksanaan,000.8
000.8.3.1,Proses Bisnis,000.8.3
000.8.3.2,Standar Pelayanan,000.8.3
000.8.3.3,Standar Operasional Prosedur,000.8.3
000.8.3.4,Pelayanan Publik,000.8.3
000.8.4,Standar Kompetensi jabatan struktural dan fungsional,000.8
000.8.5,Evaluasi Kelembagaan,000.8
000.8.6,Koordinasi Penguatan Reformasi dan Birokrasi,000.8
000.9,"PENELITIAN, PENGKAJIAN, DAN PENGEMBANGAN",000
100,PEMERINTAHAN,
100.1,OTONOMI DAERAH,100
100.1.1,Kebijakan di bidang Otonomi Daerah yang dilakukan oleh Pemerintah Daerah,100.1
100.1.2,"Penyelenggaraan Pemerintah Daerah (Fasilitasi, Bimbingan, Pengawasan, Monitoring dan Evaluasi)",100.1
100.1.3,"Penataan Daerah, Pembinaan Daerah Pemekaran, Otonomi Khusus dan Dewan Pertimbangan Otonomi Daerah (Fasilitasi, Monitoring, dan Evaluasi)",100.1
100.1.4,"Pemilihan Kepala Daerah, DPRD, dan Hubungan Antar Lembaga (Fasilitasi, Monitoring, dan Evaluasi)",100.1
100.1.4.1,Penyelenggaraan Pemilihan Umum Kepala Daerah,100.1.4
100.1.4.2,Administrasi Kepala Daerah dan DPRD,100.1.4
100.1.4.3,Penyiapan Perumusan Kebijakan Pemberdayaan Kapasitas Kepala Daerah dan DPRD di Bidang Pemerintahan,100.1.4
100.1.4.4,Hubungan Antar Lembaga Daerah (Pemerintah Daerah dan DPRD),100.1.4
100.1.4.5,Assosiasi Daerah,100.1.4
100.1.5,Otonomi Khusus dan Daerah Istimewa,100.1
100.1.6,"Peningkatan Kapasitas dan Evaluasi Kinerja Daerah (Fasilitasi, Monitoring, dan Evaluasi)",100.1
100.1.7,"LKPJ/LKPJAMJ dan LPPD (Fasilitasi, Monitoring dan Evaluasi)",100.1
100.2,PEMERINTAHAN UMUM,100
100.2.1,Kebijakan di bidang Pemerintahan Umum yang dilakukan oleh Pemerintah Daerah,100.2
100.2.2,Dekonsentrasi dan Kerjasama,100.2
100.2.3,Wilayah Administrasi dan Perbatasan,100.2
100.3,HUKUM,100
100.3.1,Program Legislasi,100.3
100.3.1.1,Bahan/Materi Program Legislasi Daerah,100.3.1
100.3.1.2,Program Legislasi,100.3.1
100.3.2,Rancangan Peraturan Perundang-Undangan,100.3
100.3.3,Keputusan/Ketetapan Pimpinan Pemerintah,100.3
100.3.3.1,Keputusan/Ketetapan Gubernur,100.3.3
100.3.3.2,Keputusan/Ketetapan Bupati,100.3.3
100.3.3.3,Keputusan/Ketetapan Walikota,100.3.3
100.3.3.4,Keputusan Sekretaris Daerah Provinsi,100.3.3
100.3.3.5,Keputusan Sekretaris Daerah Kabupaten,100.3.3
100.3.3.6,Keputusan Sekretaris Daerah Kota,100.3.3
100.3.4,Instruksi/Surat Edaran,100.3
100.3.4.1,Instruksi/Surat Edaran Provinsi,100.3.4
100.3.4.2,Instruksi/Surat Edaran Kabupaten,100.3.4
100.3.4.3,Instruksi/Surat Edaran Kota,100.3.4
100.3.4.4,Instruksi/Surat Edaran Setingkat Eselon II,100.3.4
100.3.5,Surat Perintah,100.3
100.3.5.1,Surat Perintah Gubernur,100.3.5
100.3.5.2,Surat Perintah Bupati,100.3.5
100.3.5.3,Surat Perintah Walikota,100.3.5
100.3.5.4,Surat Perintah Setingkat Eselon II,100.3.5
100.3.6,Standar/Pedoman/Prosedur Kerja/Petunjuk Pelaksanaan/Petunjuk Teknis,100.3
100.3.7,Nota Kesepakatan/Memorandum of Understanding (MoU)/Kontrak/Perjanjian Kerja Sama,100.3
100.3.7.1,Dalam Negeri,100.3.7
100.3.7.2,Luar Negeri,100.3.7
100.3.8,Dokumentasi Hukum,100.3
100.3.9,Sosialisasi/Penyuluhan/Pembinaan Hukum,100.3
100.3.10,Bantuan/Konsultasi Hukum/Advokasi,100.3
100.3.11,Kasus/Sengketa Hukum,100.3
100.3.11.1,Pidana,100.3.11
100.3.11.2,Perdata,100.3.11
100.3.11.3,Tata Usaha Negara,100.3.11
100.3.11.4,Perburuhan,100.3.11
100.3.11.5,Arbitrase,100.3.11
100.3.11.6,Sengketa Adat,100.3.11
100.3.12,Perijinan,100.3
100.3.13,Hak atas Kekayaan Intelektual (HaKI),100.3
100.3.13.1,Hak Cipta,100.3.13
100.3.13.2,Hak Paten,100.3.13
100.3.13.3,Hak Desain Industri,100.3.13
100.3.13.4,Hak Rahasia Dagang,100.3.13
100.3.13.5,Hak Merk,100.3.13
100.3.14,Permohonan HaKI yang ditolak,100.3
200,POLITIK,
200.1,KESATUAN BANGSA DAN POLITIK,200
200.2,PEMILU,200
300,KEAMANAN DAN KETERTIBAN,
300.1,SATUAN POLISI PAMONG PRAJA,300
300.2,"PENANGGULANGAN BENCANA, PENCARIAN, DAN PERTOLONGAN",300
400,KESEJAHTERAAN RAKYAT,
400.1,PEMBANGUNAN DAERAH TERTINGGAL,400
400.2,PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK,400
400.3,PENDIDIKAN,400
400.4,KEOLAHRAGAAN,400
400.5,KEPEMUDAAN,400
400.6,KEBUDAYAAN,400
400.7,KESEHATAN,400
400.8,AGAMA DAN KEPERCAYAAN,400
400.9,SOSIAL,400
400.10,PEMBERDAYAAN MASYARAKAT DESA,400
400.11,PERTAMANAN DAN PEMAKAMAN,400
400.12,KEPENDUDUKAN DAN CATATAN SIPIL,400
400.13,KELUARGA BERENCANA,400
400.14,HUBUNGAN MASYARAKAT,400
400.14.1,Keprotokolan,400.14
400.14.1.1,"Penyelenggaraan acara kedinasan (upacara, pelantikan, peresmian, dan jamuan termasuk acara peringatan hari-hari besar)",400.14.1
400.14.1.2,Buku tamu Keprotokolan,400.14.1
400.14.1.3,Agenda kegiatan pimpinan daerah,400.14.1
400.14.1.4,Kunjungan dinas dalam dan luar negeri,400.14.1
400.14.2,Daftar nama/alamat kantor/pejabat,400.14
400.14.3,"Dokumentasi/liputan kegiatan dinas pimpinan, acara kedinasan dan peristiwa-peristiwa bidang masing-masing, dalam berbagai media: kertas, foto/video/rekaman suara/multi media",400.14
400.14.4,"Pengumpulan, pengolahan dan penyajian informasi kelembagaan",400.14
400.14.4.1,Kliping koran,400.14.4
400.14.4.2,Brosur/Leaflet/poster/plakat,400.14.4
400.14.4.3,Pengumuman/pemberitaan,400.14.4
400.14.5,Hubungan antar lembaga dan Pemerintahan Daerah,400.14
400.14.5.1,Hubungan antar lembaga pemerintah,400.14.5
400.14.5.2,Hubungan dengan organisasi sosial/LSM,400.14.5
400.14.5.3,Hubungan dengan perusahaan,400.14.5
400.14.5.4,"Hubungan dengan Perguruan Tinggi/sekolah, termasuk magang, Pendidikan Sistem Ganda (PSG)/Praktek Kerja Lapang (PKL)",400.14.5
400.14.5.5,Forum Kehumasan,400.14.5
400.14.5.6,Hubungan dengan Media Massa,400.14.5
400.14.6,Dengar pendapat/hearing DPRD,400.14
400.14.7,Bahan/materi pidato/sidang Muspida Provinsi/Kota/Kabupaten,400.14
400.14.8,"Penerbitan Majalah, buletin, koran dan jurnal",400.14
400.14.9,Publikasi melalui media cetak maupun elektronik,400.14
400.14.10,"Pameran/Sayembara/Lomba/Festival, Pembuatan Spanduk dan Iklan",400.14
400.14.11,Penghargaan/tanda kenang-kenangan,400.14
400.14.12,"Ucapan Terimakasih, Ucapan Selamat, Bela Sungkawa, Permohonan Maaf",400.14
500,PEREKONOMIAN,
500.1,KETAHANAN PANGAN,500
500.2,PERDAGANGAN,500
500.3,KOPERASI DAN USAHA KECIL MENENGAH,500
500.4,KEHUTANAN,500
500.5,KELAUTAN DAN PERIKANAN,500
500.6,PERTANIAN,500
500.7,PETERNAKAN,500
500.8,PERKEBUNAN,500
500.9,PERINDUSTRIAN,500
500.10,ENERGI DAN SUMBER DAYA MINERAL,500
500.11,PERHUBUNGAN,500
500.12,KOMUNIKASI DAN INFORMATIKA,500
500.12.11,Komunikasi Publik,500.12
500.12.11.1,Tata Kelola Komunikasi Publik,500.12.11
500.12.11.2,Pengelolaan Opini Publik,500.12.11
500.12.11.3,Layanan Komunikasi Publik,500.12.11
500.12.18,Pusat Informasi dan Hubungan Masyarakat,500.12
500.12.18.1,Pelayanan Informasi,500.12.18
500.12.18.2,Hubungan Masyarakat,500.12.18
500.12.18.3,Bimbingan Teknis,500.12.18
500.13,PARIWISATA DAN EKONOMI KREATIF,500
500.14,STATISTIK,500
500.15,KETENAGAKERJAAN,500
500.16,PENANAMAN MODAL,500
500.17,PERTANAHAN,500
500.18,TRANSMIGRASI,500
600,PEKERJAAN UMUM DAN KETENAGAAN,
600.1,PEKERJAAN UMUM,600
600.2,PERUMAHAN RAKYAT DAN KAWASAN PEMUKIMAN,600
600.3,TATA RUANG (TATA KOTA),600
600.4,LINGKUNGAN HIDUP,600
700,PENGAWASAN,
700.1,PENGAWASAN INTERNAL,700
700.1.1,Rencana Pengawasan,700.1
700.1.2,Pelaksanaan Pengawasan,700.1
700.1.2.1,"Laporan Hasil Audit (LHA), Laporan Hasil Pemeriksaan (LHP), Laporan Hasil Pemeriksaan Operasional (LHPO), Laporan Hasil Evaluasi (LHE), Laporan Akuntan (LA), Laporan Auditor Independen (LAI) yang memerlukan tindak lanjut (TL)",700.1.2
700.1.2.2,Laporan Hasil Audit Investigasi (LHAI) yang mengandung unsur Tindak Pidana Korupsi (TPK) dan memerlukan tindak lanjut,700.1.2
700.1.2.3,Laporan Hasil Audit Investigasi (LHAI) yang mengandung unsur Tindak Pidana Korupsi (TPK) dan tidak memerlukan tindak lanjut,700.1.2
700.1.2.4,Laporan Perkembangan Penanganan Surat Pengaduan Masyarakat,700.1.2
700.1.2.5,Laporan Pemutakhiran Data Tindak Lanjut Temuan,700.1.2
700.1.2.6,Laporan Perkembangan Barang Milik Negara,700.1.2
700.1.2.7,Laporan Hasil Monitoring dan Evaluasi,700.1.2
700.1.2.8,Laporan Kegiatan Pendampingan Penyusunan Laporan Keuangan dan Review,700.1.2
700.1.2.9,Good Corporate Governance (GCG),700.1.2
800,KEPEGAWAIAN,
800.1,SUMBER DAYA MANUSIA,800
800.1.1,Penyusunan dan Penetapan Kebutuhan Aparatur Sipil Negara,800.1
800.1.1.1,Perencanaan Kebutuhan Aparatur Sipil Negara,800.1.1
800.1.1.2,Perencanaan Pertimbangan Formasi,800.1.1
800.1.1.3,Penetapan Kebutuhan Aparatur Sipil Negara,800.1.1
800.1.1.4,Standarisasi Jabatan,800.1.1
800.1.2,Formasi dan Pengadaan Pegawai,800.1
800.1.2.1,Formasi ASN,800.1.2
800.1.2.2,Proses Rekrutmen/Pengadaan ASN,800.1.2
800.1.2.3,Pengumuman Kelulusan ASN,800.1.2
800.1.2.4,Berkas Lamaran Yang Tidak Diterima,800.1.2
800.1.2.5,Pengangkatan ASN,800.1.2
800.1.2.6,Open Bidding (Seleksi Terbuka Jabatan),800.1.2
800.1.2.7,Pengelolaan Sistem Rekrutmen ASN,800.1.2
800.1.2.8,Fasilitasi Penyelenggaraan Seleksi ASN,800.1.2
800.1.3,Mutasi Pegawai,800.1
800.1.3.1,"Usulan Alih Status, Pindah Instansi, Pindah Wilayah Kerja, Diperbantukan, Dipekerjakan, Penugasan Sementara, Mutasi antar Perwakilan, Mutasi ke dan dari Perwakilan, Pemindahan Sementara, Persetujuan/Pertimbangan Kepala BKN",800.1.3
800.1.3.2,Kenaikan Pangkat/Golongan/Jabatan,800.1.3
800.1.3.3,Pengangkatan dan Pemberhentian Jabatan Struktural/Fungsional,800.1.3
800.1.3.4,Perubahan Data Dasar/Status/Kedudukan Hukum Pegawai,800.1.3
800.1.3.5,Peninjauan Masa Kerja,800.1.3
800.1.3.6,Badan Pertimbangan Jabatan dan Pangkat (BAPERJAKAT),800.1.3
800.1.4,Pengembangan Karir,800.1
800.1.4.1,Usulan Tugas Belajar/Ijin Belajar/Diklat/Kursus/Magang/Ujian Dinas/Praktek Kerja di Instansi lain/Pertukaran antar ASN dengan pegawai swasta,800.1.4
800.1.4.2,Penyesuaian ijazah,800.1.4
800.1.4.3,Penyusunan Sistem Karier,800.1.4
800.1.4.4,Standar Kinerja Pegawai (SKP) dan Penilaian Prestasi Kerja,800.1.4
800.1.4.5,Angka Kredit,800.1.4
800.1.5,Kinerja Aparatur Sipil Negara,800.1
800.1.5.1,Hasil Penilaian Kinerja dan Standar Kerja,800.1.5
800.1.5.2,Pengelolaan Database dan Analisis Sistem Informasi Kinerja,800.1.5
800.1.5.3,Evaluasi dan Pemantauan Penilaian Kinerja dan Standar Kinerja,800.1.5
800.1.6,"Kode Etik, Disiplin, Pemberhentian dan Pensiun ASN",800.1
800.1.6.1,Kode Etik Pegawai,800.1.6
800.1.6.2,Disiplin,800.1.6
800.1.6.3,Pemberhentian Dengan Hormat,800.1.6
800.1.6.4,Pemberhentian Dengan Tidak Hormat,800.1.6
800.1.6.5,Pemberhentian Sementara,800.1.6
800.1.6.6,Pensiun ASN,800.1.6
800.1.7,Bantuan Hukum,800.1
800.1.8,Status dan Kedudukan Pegawai,800.1
800.1.8.1,Status Kepegawaian,800.1.8
800.1.8.2,Kedudukan Kepegawaian,800.1.8
800.1.8.3,Keberatan Pegawai,800.1.8
800.1.8.4,Perselisihan/Sengketa Kepegawaian,800.1.8
800.1.9,Sistem Informasi Kepegawaian,800.1
800.1.9.1,Pengolahan Data dan Informasi Kepegawaian,800.1.9
800.1.9.2,Pengembangan Sistem Informasi Kepegawaian,800.1.9
800.1.9.3,Pengembangan Sistem Pengelolaan Arsip Kepegawaian Elektronik,800.1.9
800.1.9.4,Sistem Pengelolaan Arsip Kepegawaian Fisik,800.1.9
800.1.10,Pengawasan dan pengendalian,800.1
800.1.10.1,"Formasi, Pengadaan dan Pasca Diklat",800.1.10
800.1.10.2,"Kepangkatan, Pengangkatan, dan Pemberhentian Dalam Jabatan",800.1.10
800.1.10.3,"Gaji dan Tunjangan, Kesejahteraan dan Kinerja",800.1.10
800.1.10.4,"Kode Etik, Disiplin, Pemberhentian dan Pensiun ASN",800.1.10
800.1.10.5,Laporan Hasil Pengawasan dan Pengendalian,800.1.10
800.1.10.6,Sanggahan terhadap Permasalahan Tenaga Honorer,800.1.10
800.1.11,Administrasi Pegawai,800.1
800.1.11.1,Surat Perintah Dinas/Surat Tugas,800.1.11
800.1.11.2,Cuti Sakit,800.1.11
800.1.11.3,Cuti Bersalin,800.1.11
800.1.11.4,Cuti Tahunan,800.1.11
800.1.11.5,Cuti Alasan Penting,800.1.11
800.1.11.6,Cuti Besar,800.1.11
800.1.11.7,Cuti Di luar Tanggungan Negara,800.1.11
800.1.11.8,Karpeg/KPE/Karis/Karsu,800.1.11
800.1.11.9,Keanggotaan Organisasi Profesi/Kedinasan,800.1.11
800.1.11.10,Laporan Pajak Penghasilan Pribadi (LP2P),800.1.11
800.1.11.11,Keterangan Penerimaan Pembayaran Penghasilan Pegawai (KP4),800.1.11
800.1.11.12,Daftar Urut Kepangkatan (DUK),800.1.11
800.1.11.13,"Pengurusan Kenaikan Gaji Berkala, Mutasi Gaji/tunjangan",800.1.11
800.1.12,Kesejahteraan Pegawai,800.1
800.1.12.1,Pemeliharaan Kesehatan Pegawai,800.1.12
800.1.12.2,Asuransi Pegawai/BPJS,800.1.12
800.1.12.3,Tabungan Perumahan,800.1.12
800.1.12.4,Bantuan Sosial,800.1.12
800.1.12.5,Pakaian Dinas,800.1.12
800.1.12.6,Layanan Pegawai yang Meninggal Karena Dinas,800.1.12
800.1.12.7,Pemberian Tali Kasih,800.1.12
800.1.12.8,Pemberian Piagam Penghargaan dan Tanda Jasa,800.1.12
800.1.12.9,Olahraga dan Rekreasi,800.1.12
800.1.12.10,Rekam Medis,800.1.12
800.1.13,Administrasi Perseorangan,800.1
800.1.13.1,Pegawai Negeri Sipil (PNS),800.1.13
800.1.13.2,Pegawai Pemerintah dengan Perjanjian Kerja (PPPK),800.1.13
800.1.13.3,Pejabat Negara dan pejabat lainnya yang disetarakan,800.1.13
800.1.13.4,Sekretaris Daerah,800.1.13
800.1.13.5,ASN berjasa/terlibat dalam peristiwa berskala nasional,800.1.13
800.1.14,Penilaian Kompetensi,800.1
800.1.14.1,Penilaian Kompetensi,800.1.14
800.1.14.2,Hasil Penilaian Kompetensi,800.1.14
800.2,PENDIDIKAN DAN PELATIHAN,800
800.2.1,Kebijakan di bidang Pendidikan dan Pelatihan yang dilakukan oleh Pemerintah daerah,800.2
800.2.2,Pendidikan dan Pelatihan,800.2
800.2.3,Widyaiswara,800.2
800.2.4,Penyelenggaraan Diklat,800.2
800.2.5,Alumni,800.2
900,KEUANGAN,
900.1,KEUANGAN DAERAH,900
900.1.1,Rencana Anggaran Pendapatan dan Belanja Daerah (RAPBD) dan Anggaran Pendapatan dan Belanja Daerah Perubahan (APBD-P),900.1
900.1.1.1,Penyusunan Prioritas Plafon Anggaran (PPA),900.1.1
900.1.1.2,Penyusunan Rencana Kerja Anggaran Satuan Kerja Perangkat Daerah (RKASKPD),900.1.1
900.1.1.3,Penyampaian Rancangan Anggaran Pendapatan dan Belanja Daerah kepada Dewan Perwakilan,900.1.1
900.1.1.4,Anggaran Pendapatan dan Belanja Daerah Perubahan (RAPBD-P),900.1.1
900.1.2,Penyusunan Anggaran,900.1
900.1.2.1,Musyawarah Rencana Pembangunan (Musrenbang) kecamatan,900.1.2
900.1.2.2,Musyawarah Rencana Pembangunan (Musrenbang) Kota,900.1.2
900.1.2.3,Rancangan Dokumen Pelaksanaan Anggaran (RDPA) SKPD yang telah disetujui Sekretaris Daerah,900.1.2
900.1.2.4,Dokumen Pelaksanaan Anggaran (DPA) SKPD yang telah disahkan oleh Pejabat Pengelola Keuangan Daerah (PPKD),900.1.2
900.1.3,Pelaksanaan Anggaran,900.1
900.1.3.1,"Surat Penyedia Dana (SPP, SPM dan SP2D): UP, GU, TU, LS",900.1.3
900.1.3.2,Pendapatan,900.1.3
900.1.3.3,Belanja,900.1.3
900.1.3.4,Pembiayaan Daerah,900.1.3
900.1.3.5,Dokumen Penatausahaan Keuangan,900.1.3
900.1.3.6,Pertanggungjawaban Penggunaan Dana,900.1.3
900.1.3.7,Daftar Gaji,900.1.3
900.1.3.8,Kartu Gaji,900.1.3
900.1.3.9,Data Rekening Bendahara Umum Daerah (BUD),900.1.3
900.1.3.10,Laporan Keuangan,900.1.3
900.1.4,Pinjaman/Hibah Luar Negeri,900.1
900.1.5,Pengelolaan APBD/Dana Pinjaman/Hibah Luar Negeri (PHLN),900.1
900.1.6,Sistem Akuntansi Keuangan Daerah (SAKD),900.1
900.1.7,Penyaluran Anggaran Tugas Pembantuan,900.1
900.1.8,Penerimaan Anggaran Tugas Pembantuan,900.1
900.1.9,Penyusunan Anggaran Pilkada dan Biaya Bantuan Pemilu Dari APBD,900.1
900.1.10,Pelaksanaan Anggaran PILKADA dan Anggaran Biaya Bantuan Pemilu,900.1
900.1.11,Pemeriksaan/Pengawasan Keuangan Daerah,900.1
900.1.11.1,Laporan Hasil Pemeriksaan Badan Pemeriksa Keuangan Republik Indonesia atas Laporan Keuangan,900.1.11
900.1.11.2,Hasil Pengawasan dan Pemeriksaan Internal,900.1.11
900.1.11.3,Laporan Aparat Pemeriksa Fungsional,900.1.11
900.1.11.4,Dokumen Penyelesaian Kerugian Daerah,900.1.11
900.1.12,Anggaran Daerah,900.1
900.1.13,Pendapatan dan Investasi Daerah,900.1
900.1.14,Fasilitasi Dana Perimbangan,900.1
900.1.15,Pelaksanaan Dan Pertanggungjawaban Keuangan Daerah,900.1
`;
export default csv;
