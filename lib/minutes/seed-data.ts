import type { MinutesContent } from "./content";
import type { MeetingInput } from "./schema";

/** A demo meeting and how far its minutes go through the workflow. */
export interface DemoMeeting {
  key: string;
  type: string;
  /** E-mail of the chair, or "badan" for the first member of the meeting's body. */
  chair: string;
  secretary: string;
  meeting: Omit<MeetingInput, "typeId" | "chairId" | "secretaryId">;
  present?: number;
  stage: "kosong" | "draf" | "ditinjau" | "terbit" | "ditandatangani";
  topic: string;
}

const PERSIDANGAN = "staf.persidangan@sidilan.test";
const PLACE = "Ruang Rapat Paripurna Gedung DPRD Kota Balikpapan";
const KOMISI_ROOM = "Ruang Rapat Komisi, Gedung DPRD Kota Balikpapan";

const m = (
  title: string,
  date: string,
  nature: "terbuka" | "tertutup",
  agenda: string[],
  guests: { name: string; institution: string; role?: string }[] = [],
  extra: Partial<DemoMeeting["meeting"]> = {},
) => ({
  title,
  nature,
  quorumRule: "lebih_setengah" as const,
  date,
  startTime: "09:00",
  endTime: "12:00",
  place: KOMISI_ROOM,
  agenda: agenda.map((title) => ({ title })),
  guests,
  ...extra,
});

export const DEMO_MEETINGS: DemoMeeting[] = [
  {
    key: "demo-paripurna-apbd-2027",
    type: "Rapat Paripurna",
    chair: "ketua@sidilan.test",
    secretary: PERSIDANGAN,
    present: 33,
    stage: "terbit",
    topic: "Raperda APBD 2027",
    meeting: m(
      "Penyampaian Nota Keuangan dan Raperda tentang APBD Kota Balikpapan Tahun Anggaran 2027",
      "2026-11-09",
      "terbuka",
      [
        "Penyampaian nota keuangan oleh Wali Kota",
        "Pemandangan umum fraksi-fraksi",
        "Penetapan jadwal pembahasan Raperda APBD 2027",
      ],
      [
        { name: "Wali Kota Balikpapan", institution: "Pemerintah Kota Balikpapan", role: "Penyampai nota keuangan" },
        { name: "Kepala BPKAD", institution: "Badan Pengelolaan Keuangan dan Aset Daerah", role: "Pendamping" },
      ],
      { quorumRule: "dua_pertiga", place: PLACE, startTime: "10:00", endTime: "12:30" },
    ),
  },
  {
    key: "demo-banggar-kua-ppas",
    type: "Rapat Badan Anggaran",
    chair: "ketua@sidilan.test",
    secretary: PERSIDANGAN,
    present: 20,
    stage: "ditandatangani",
    topic: "KUA-PPAS 2027",
    meeting: m(
      "Pembahasan KUA-PPAS Tahun Anggaran 2027 bersama TAPD",
      "2026-11-12",
      "tertutup",
      ["Paparan TAPD atas KUA-PPAS 2027", "Pendalaman pagu belanja prioritas"],
      [
        {
          name: "Sekretaris Daerah Kota Balikpapan",
          institution: "Tim Anggaran Pemerintah Daerah",
          role: "Ketua TAPD",
        },
      ],
    ),
  },
  {
    key: "demo-komisi-1",
    type: "Rapat Komisi I",
    chair: "badan",
    secretary: PERSIDANGAN,
    present: 8,
    stage: "draf",
    topic: "pelayanan administrasi kependudukan",
    meeting: m(
      "Rapat Kerja Komisi I dengan Disdukcapil tentang Pelayanan KTP-el",
      "2026-11-16",
      "terbuka",
      ["Evaluasi layanan KTP-el dan KIA", "Rencana jemput bola di kelurahan"],
      [{ name: "Kepala Disdukcapil", institution: "Dinas Kependudukan dan Pencatatan Sipil" }],
    ),
  },
  {
    key: "demo-komisi-2",
    type: "Rapat Komisi II",
    chair: "badan",
    secretary: PERSIDANGAN,
    present: 7,
    stage: "ditinjau",
    topic: "retribusi pasar",
    meeting: m(
      "Rapat Dengar Pendapat Komisi II tentang Retribusi Pasar Tradisional",
      "2026-11-17",
      "terbuka",
      ["Capaian retribusi pasar 2026", "Keluhan pedagang Pasar Pandansari"],
      [{ name: "Kepala Dinas Koperasi, UMKM dan Perindustrian", institution: "Pemerintah Kota Balikpapan" }],
    ),
  },
  {
    key: "demo-komisi-3",
    type: "Rapat Komisi III",
    chair: "badan",
    secretary: PERSIDANGAN,
    stage: "kosong",
    topic: "drainase",
    meeting: m("Rapat Kerja Komisi III tentang Penanganan Banjir dan Drainase", "2026-11-18", "terbuka", [
      "Progres normalisasi DAS Ampal",
      "Drainase kawasan Gunung Samarinda",
    ]),
  },
  {
    key: "demo-komisi-4",
    type: "Rapat Komisi IV",
    chair: "badan",
    secretary: PERSIDANGAN,
    stage: "kosong",
    topic: "pendidikan",
    meeting: m("Rapat Kerja Komisi IV tentang Penerimaan Peserta Didik Baru", "2026-11-19", "terbuka", [
      "Evaluasi PPDB 2026",
      "Daya tampung SMP negeri",
    ]),
  },
  {
    key: "demo-bamus",
    type: "Rapat Badan Musyawarah",
    chair: "ketua@sidilan.test",
    secretary: PERSIDANGAN,
    stage: "kosong",
    topic: "jadwal",
    meeting: m("Penyusunan Jadwal Kegiatan DPRD Masa Sidang I Tahun 2027", "2026-11-20", "tertutup", [
      "Jadwal masa sidang I 2027",
    ]),
  },
  {
    key: "demo-bapemperda",
    type: "Rapat Bapemperda",
    chair: "badan",
    secretary: PERSIDANGAN,
    stage: "kosong",
    topic: "propemperda",
    meeting: m("Harmonisasi Propemperda Kota Balikpapan Tahun 2027", "2026-11-23", "terbuka", [
      "Daftar Raperda prioritas 2027",
    ]),
  },
  {
    key: "demo-bk",
    type: "Rapat Badan Kehormatan",
    chair: "badan",
    secretary: PERSIDANGAN,
    stage: "kosong",
    topic: "kode etik",
    meeting: m("Rapat Internal Badan Kehormatan tentang Tata Beracara", "2026-11-24", "tertutup", [
      "Pembahasan rancangan tata beracara BK",
    ]),
  },
  {
    key: "demo-pansus",
    type: "Rapat Panitia Khusus",
    chair: "badan",
    secretary: PERSIDANGAN,
    stage: "kosong",
    topic: "RTRW",
    meeting: m(
      "Pansus Raperda RTRW: Rapat Dengar Pendapat dengan Dinas Pertanahan dan Tata Ruang",
      "2026-11-25",
      "terbuka",
      ["Paparan materi teknis RTRW", "Masukan masyarakat"],
    ),
  },
  {
    key: "demo-pimpinan",
    type: "Rapat Pimpinan",
    chair: "ketua@sidilan.test",
    secretary: PERSIDANGAN,
    stage: "kosong",
    topic: "koordinasi",
    meeting: m("Rapat Koordinasi Pimpinan DPRD", "2026-11-26", "tertutup", ["Koordinasi agenda akhir tahun"], [], {
      startTime: "13:30",
      endTime: "15:00",
    }),
  },
];

const p = (text: string) => `<p>${text}</p>`;

/** Plausible minutes text for a demo meeting (speakers given as refs, in order). */
export function demoContent(d: DemoMeeting, agendaIds: string[], speakers: string[]): MinutesContent {
  const sp = (i: number) => speakers[i % speakers.length];
  return {
    openedAt: d.meeting.startTime.slice(0, 5),
    closedAt: (d.meeting.endTime || "12:00").slice(0, 5),
    opening: p(
      `Rapat dibuka oleh ketua rapat pukul ${d.meeting.startTime} WITA. Ketua rapat menyampaikan bahwa daftar hadir telah ditandatangani dan rapat ${d.meeting.nature === "terbuka" ? "<strong>dinyatakan terbuka untuk umum</strong>" : "<strong>dinyatakan tertutup</strong>"}.`,
    ),
    items: agendaIds.map((id, i) => ({
      agendaItemId: id,
      proceedings: [
        {
          speaker: sp(i * 2),
          summary: p(
            `Menyampaikan pandangan mengenai ${d.topic}: data capaian perlu dilengkapi dan <em>target tahun berikutnya</em> harus terukur.`,
          ),
        },
        {
          speaker: sp(i * 2 + 1),
          summary: `${p("Menanggapi pertanyaan anggota dan menyampaikan:")}<ul><li>rincian kegiatan dan anggaran;</li><li>jadwal pelaksanaan per triwulan.</li></ul>`,
        },
      ],
      decisions: p(
        i === agendaIds.length - 1
          ? "Rapat menyepakati tindak lanjut sesuai pembahasan dan meminta laporan tertulis dalam <strong>7 hari kerja</strong>."
          : "Penjelasan diterima dan menjadi bahan pembahasan berikutnya.",
      ),
    })),
    closing: p(
      `Rapat ditutup oleh ketua rapat pukul ${(d.meeting.endTime || "12:00").slice(0, 5)} WITA dengan ucapan terima kasih kepada seluruh peserta.`,
    ),
  };
}
