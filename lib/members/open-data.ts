import type { AttendanceCount } from "./attendance";
import type { MemberFigures } from "./figures";

/** One column of the open-data table: key, Indonesian description and unit (the data dictionary). */
export interface DictionaryEntry {
  key: string;
  description: string;
  unit: string;
}

type Row = Record<string, string | number | null>;

const att = (prefix: string, c: AttendanceCount): Row => ({
  [`${prefix}_hadir`]: c.present,
  [`${prefix}_izin_sakit_dinas`]: c.excused,
  [`${prefix}_alpa`]: c.absent,
  [`${prefix}_tidak_tercatat`]: c.unrecorded,
  [`${prefix}_jumlah_rapat`]: c.total,
});

/** One flat row per member: every figure with its denominator. Pure. */
export function openDataRow(f: MemberFigures): Row {
  const latest = f.pokir[0];
  return {
    slug: f.member.slug,
    nama: f.member.name,
    jabatan: f.member.position,
    fraksi: f.member.fraksi,
    dapil: f.member.dapil?.name ?? null,
    kecamatan: f.member.kecamatan.join("; "),
    komisi: f.member.komisi,
    per_tanggal: f.asOf,
    ...att("kehadiran_tahun", f.attendance.all.year),
    ...att("kehadiran_masa_sidang", f.attendance.all.masaSidang),
    aspirasi_sejak: f.aspirations.since,
    aspirasi_diteruskan: f.aspirations.routed,
    aspirasi_dijawab: f.aspirations.answered,
    aspirasi_median_hari_kerja: f.aspirations.medianAnswerDays,
    aspirasi_dijawab_maks_5_hari_kerja: f.aspirations.answeredWithin5,
    pokir_periode_terakhir: latest?.period ?? null,
    pokir_diadopsi: latest?.adopted ?? 0,
    pokir_diadopsi_nilai: latest?.adoptedValue ?? 0,
    pokir_diputuskan: latest?.decided ?? 0,
    pokir_diakomodir: latest?.takenUp ?? 0,
    pokir_diakomodir_nilai: latest?.takenUpValue ?? 0,
    reses_kegiatan: f.reses.total,
    reses_peserta: f.reses.attendees,
  };
}

const attDict = (prefix: string, when: string): DictionaryEntry[] => [
  { key: `${prefix}_hadir`, description: `Rapat ${when} yang dihadiri`, unit: "rapat" },
  {
    key: `${prefix}_izin_sakit_dinas`,
    description: `Rapat ${when} dengan keterangan izin, sakit, atau dinas luar`,
    unit: "rapat",
  },
  { key: `${prefix}_alpa`, description: `Rapat ${when} tanpa keterangan (alpa)`, unit: "rapat" },
  {
    key: `${prefix}_tidak_tercatat`,
    description: `Rapat ${when} yang daftar hadirnya tidak mencatat status anggota`,
    unit: "rapat",
  },
  {
    key: `${prefix}_jumlah_rapat`,
    description: `Penyebut: rapat ${when} dengan risalah final yang wajib diikuti anggota`,
    unit: "rapat",
  },
];

/** The data dictionary of `openDataRow`. */
export const DATA_DICTIONARY: DictionaryEntry[] = [
  { key: "slug", description: "Pengenal profil anggota (alamat /anggota/{slug})", unit: "teks" },
  { key: "nama", description: "Nama anggota DPRD", unit: "teks" },
  { key: "jabatan", description: "Jabatan di DPRD", unit: "teks" },
  { key: "fraksi", description: "Fraksi", unit: "teks" },
  { key: "dapil", description: "Daerah pemilihan", unit: "teks" },
  { key: "kecamatan", description: "Kecamatan dalam dapil", unit: "teks" },
  { key: "komisi", description: "Komisi", unit: "teks" },
  { key: "per_tanggal", description: "Tanggal (WITA) angka dihitung", unit: "tanggal" },
  ...attDict("kehadiran_tahun", "tahun berjalan"),
  ...attDict("kehadiran_masa_sidang", "masa sidang berjalan"),
  {
    key: "aspirasi_sejak",
    description: "Awal jendela aspirasi (12 bulan terakhir, menurut tanggal diteruskan)",
    unit: "tanggal",
  },
  {
    key: "aspirasi_diteruskan",
    description: "Penyebut: aspirasi yang diteruskan ke dapil atau komisi anggota (termasuk yang rahasia)",
    unit: "aspirasi",
  },
  { key: "aspirasi_dijawab", description: "Aspirasi diteruskan yang dijawab anggota secara terbuka", unit: "aspirasi" },
  {
    key: "aspirasi_median_hari_kerja",
    description: "Median hari kerja dari diteruskan sampai jawaban pertama anggota (kosong bila belum ada)",
    unit: "hari kerja",
  },
  {
    key: "aspirasi_dijawab_maks_5_hari_kerja",
    description: "Dari aspirasi yang dijawab, yang dijawab paling lama 5 hari kerja",
    unit: "aspirasi",
  },
  { key: "pokir_periode_terakhir", description: "Periode pokir terakhir yang memuat pokir anggota", unit: "teks" },
  { key: "pokir_diadopsi", description: "Penyebut: pokir yang diadopsi anggota pada periode itu", unit: "usulan" },
  { key: "pokir_diadopsi_nilai", description: "Perkiraan biaya pokir yang diadopsi", unit: "rupiah" },
  {
    key: "pokir_diputuskan",
    description: "Pokir diadopsi yang sudah diputuskan dalam RKPD/APBD (diakomodir atau tidak)",
    unit: "usulan",
  },
  { key: "pokir_diakomodir", description: "Pokir diadopsi yang diakomodir RKPD/APBD", unit: "usulan" },
  { key: "pokir_diakomodir_nilai", description: "Perkiraan biaya pokir yang diakomodir", unit: "rupiah" },
  { key: "reses_kegiatan", description: "Kegiatan reses yang dicatat", unit: "kegiatan" },
  { key: "reses_peserta", description: "Jumlah peserta semua kegiatan reses", unit: "orang" },
];

/** Licence line of the open data. */
export const DATA_LICENCE =
  "Data terbuka Sekretariat DPRD Kota Balikpapan, dilisensikan Creative Commons Atribusi 4.0 Internasional (CC BY 4.0): boleh dipakai ulang dengan menyebut sumbernya.";
