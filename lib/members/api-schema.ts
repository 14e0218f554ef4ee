import { z } from "zod";

// A member's public figures as the API (/api/v1/anggota), the profile pages and the open data share
// them: plain JSON, dates as YYYY-MM-DD (WITA), safe to cache. MemberFigures in ./figures.ts is the
// output type of memberFiguresSchema, and lib/members/openapi.ts documents it.

const count = (description?: string) => z.int().min(0).meta({ description });
const date = (description?: string) => z.iso.date().meta({ description });

/** Present / excused / absent counts; `total` is the denominator (meetings of the member's bodies). */
const attendanceCountSchema = z.strictObject({
  present: count("Hadir"),
  excused: count("Izin, sakit, atau dinas luar"),
  absent: count("Tanpa keterangan"),
  unrecorded: count("Belum dicatat notulis: termasuk dalam total, tidak dalam kategori lain"),
  total: count("Penyebut: rapat dengan risalah final"),
});

const rangeSchema = z.strictObject({
  from: date(),
  to: date(),
  label: z.string().meta({ examples: ["Masa Sidang III 2026"] }),
});

/** Everything on a member's public profile. */
export const memberFiguresSchema = z.strictObject({
  member: z.strictObject({
    id: z.uuid(),
    slug: z.string().meta({ description: "Alamat profil /anggota/{slug}", examples: ["budi-santoso"] }),
    name: z.string(),
    position: z.string().nullable().meta({ description: "Jabatan, mis. Ketua DPRD" }),
    dapil: z.strictObject({ id: z.int(), number: z.int().min(1), name: z.string() }).nullable(),
    kecamatan: z.array(z.string()).meta({ description: "Kecamatan di dapilnya" }),
    komisi: z.string().nullable(),
    fraksi: z.string().nullable(),
  }),
  bodies: z.array(z.string()).meta({ description: "Badan selain komisi" }),
  asOf: date("Tanggal (WITA) angka dihitung"),
  attendance: z.strictObject({
    year: rangeSchema.meta({ description: "Tahun berjalan" }),
    masaSidang: rangeSchema.meta({ description: "Masa sidang berjalan" }),
    all: z.strictObject({ year: attendanceCountSchema, masaSidang: attendanceCountSchema }),
    byType: z.array(
      z.strictObject({
        type: z.string().meta({ description: "Jenis rapat", examples: ["Rapat Paripurna"] }),
        year: attendanceCountSchema,
        masaSidang: attendanceCountSchema,
      }),
    ),
  }),
  aspirations: z.strictObject({
    since: date("Awal jendela 12 bulan (tanggal diteruskan)"),
    routed: count("Penyebut: diteruskan ke dapil/komisi anggota (termasuk rahasia)"),
    answered: count("Dijawab anggota (dari routed)"),
    medianAnswerDays: z.number().nullable().meta({ description: "Median hari kerja sampai jawaban pertama" }),
    answeredWithin5: count("Dijawab ≤ 5 hari kerja (dari answered)"),
  }),
  pokir: z
    .array(
      z.strictObject({
        planYear: z.int().meta({ examples: [2027] }),
        period: z.string().meta({ examples: ["Pokir RKPD 2027"] }),
        adopted: count("Pokir yang diadopsi anggota pada periode ini: penyebut angka lain"),
        adoptedValue: count("Perkiraan nilai yang diadopsi (rupiah)"),
        decided: count("Sudah ada hasil RKPD/APBD (dari adopted)"),
        takenUp: count("Diakomodir RKPD/APBD (dari adopted)"),
        takenUpValue: count("Perkiraan nilai yang diakomodir (rupiah)"),
      }),
    )
    .meta({ description: "Per periode pokir, terbaru dahulu" }),
  reses: z.strictObject({
    total: count("Jumlah reses"),
    attendees: count("Jumlah peserta seluruh reses"),
    events: z.array(
      z.strictObject({
        heldOn: date(),
        place: z.string(),
        kelurahan: z.string(),
        attendees: count(),
        pokir: count("Pokir yang dicatat dari reses ini"),
      }),
    ),
  }),
});

/** Every member's figures (GET /api/v1/anggota). */
export const memberFiguresListSchema = z.strictObject({ items: z.array(memberFiguresSchema) });
