import QRCode from "qrcode";
import type { MinutesPdfData } from "./document.mjs";

const SENTENCE =
  "Anggota menyampaikan bahwa program perbaikan drainase di Kelurahan Gunung Samarinda perlu diprioritaskan karena banjir berulang setiap musim hujan, dan meminta dinas terkait menyampaikan jadwal pelaksanaan yang terukur.";

/**
 * Synthetic minutes of roughly `pages` A4 pages (benchmarks and rendering tests): the usual header,
 * 45 attendance rows, then as many proceedings as needed.
 */
export async function sampleMinutesPdfData(pages: number, code = "RSL-TEST-0001"): Promise<MinutesPdfData> {
  const verifyUrl = `http://localhost:3000/verifikasi/${code}`;
  // About 6 proceedings fill a page after the first two pages of header and attendance.
  const proceedings = Math.max(1, Math.round((pages - 2) * 6));
  const perItem = Math.max(1, Math.ceil(proceedings / 5));
  return {
    code,
    verifyUrl,
    qrDataUrl: await QRCode.toDataURL(verifyUrl, { errorCorrectionLevel: "M", margin: 1, width: 240 }),
    documentVersion: 1,
    correction: null,
    council: {
      name: "DEWAN PERWAKILAN RAKYAT DAERAH KOTA BALIKPAPAN",
      secretariat: "Sekretariat DPRD Kota Balikpapan",
      address: "Jl. Jenderal Sudirman No. 1, Balikpapan 76112",
    },
    meeting: {
      title: "Pembahasan Rancangan Peraturan Daerah tentang Pengelolaan Drainase",
      typeName: "Rapat Paripurna",
      natureLabel: "Terbuka",
      dayDate: "Senin, 9 November 2026",
      time: "09.00–12.30 WITA",
      place: "Ruang Rapat Paripurna DPRD Kota Balikpapan",
      chairName: "H. Abdul Rahman Saleh",
      secretaryName: "Dedi Kurniawan, S.H.",
      agenda: ["Pembukaan", "Penyampaian laporan", "Pandangan fraksi", "Tanggapan wali kota", "Penetapan"],
    },
    attendanceSummary: "Hadir 31, izin 6, sakit 2, dinas luar 4, alpa 2 — jumlah 45 anggota",
    quorumStatement: "Kuorum tercapai: 31 dari 45 (≥ 2/3 = 30 diperlukan)",
    attendance: Array.from({ length: 45 }, (_, i) => ({
      name: `Anggota DPRD Nomor ${i + 1}`,
      fraksi: "Fraksi Contoh",
      status: i < 31 ? "Hadir" : "Izin",
      arrivedAt: i < 31 ? "09.0" + (i % 10) : null,
    })),
    guests: [{ name: "Kepala Dinas Pekerjaan Umum", institution: "Pemerintah Kota Balikpapan", role: "Narasumber" }],
    opening: [
      {
        kind: "p",
        runs: [
          { text: "Rapat dibuka oleh ketua rapat pada pukul 09.05 WITA dan dinyatakan " },
          { text: "terbuka untuk umum", bold: true },
          { text: "." },
        ],
      },
    ],
    items: Array.from({ length: 5 }, (_, i) => ({
      title: `Acara ${i + 1}`,
      proceedings: Array.from({ length: perItem }, (_, j) => ({
        speaker: `Anggota DPRD Nomor ${((i * perItem + j) % 45) + 1}`,
        summary: [
          { kind: "p" as const, runs: [{ text: `${SENTENCE} ${SENTENCE}` }] },
          {
            kind: "ul" as const,
            items: [
              [{ text: "Usulan pertama tentang anggaran.", italic: true }],
              [{ text: "Usulan kedua tentang jadwal." }],
            ],
          },
        ],
      })),
      decisions: [
        { kind: "p" as const, runs: [{ text: "Rapat menyepakati usulan untuk ditindaklanjuti.", bold: true }] },
      ],
    })),
    closing: [{ kind: "p", runs: [{ text: "Rapat ditutup pada pukul 12.30 WITA." }] }],
    signers: {
      chair: { name: "H. Abdul Rahman Saleh", detail: "Ketua DPRD" },
      secretary: { name: "Dedi Kurniawan, S.H.", detail: "NIP 199002202015031001" },
    },
  };
}
