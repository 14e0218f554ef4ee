/** Fraksi of DPRD Kota Balikpapan 2024–2029 (from party seats; admins correct the grouping). */
export const FRAKSI = [
  { name: "Fraksi Partai Golkar", seats: 16 },
  { name: "Fraksi Partai NasDem", seats: 7 },
  { name: "Fraksi Partai Gerindra", seats: 6 },
  { name: "Fraksi PDI Perjuangan", seats: 4 },
  { name: "Fraksi PKB", seats: 4 },
  { name: "Fraksi PKS", seats: 3 },
  { name: "Fraksi Gabungan (PPP, Hanura, Demokrat)", seats: 5 },
];

/** The seed categories for aspirations (admin-editable). */
export const ASPIRATION_CATEGORIES = [
  { slug: "infrastruktur", name: "Infrastruktur", sortOrder: 1 },
  { slug: "pendidikan", name: "Pendidikan", sortOrder: 2 },
  { slug: "kesehatan", name: "Kesehatan", sortOrder: 3 },
  { slug: "sosial", name: "Sosial", sortOrder: 4 },
  { slug: "ekonomi", name: "Ekonomi", sortOrder: 5 },
  { slug: "lingkungan", name: "Lingkungan", sortOrder: 6 },
  { slug: "ketertiban", name: "Ketertiban", sortOrder: 7 },
  { slug: "pelayanan-publik", name: "Pelayanan Publik", sortOrder: 8 },
  { slug: "lainnya", name: "Lainnya", sortOrder: 9 },
];

/**
 * National holidays and cuti bersama (SKB 3 Menteri). 2026 follows the published decree; for 2027
 * only dates fixed by the calendar are seeded. Admins add the rest when the decree is out.
 */
export const HOLIDAYS = [
  { date: "2026-01-01", name: "Tahun Baru 2026 Masehi" },
  { date: "2026-01-16", name: "Isra Mikraj Nabi Muhammad SAW" },
  { date: "2026-02-16", name: "Cuti Bersama Tahun Baru Imlek" },
  { date: "2026-02-17", name: "Tahun Baru Imlek 2577 Kongzili" },
  { date: "2026-03-18", name: "Cuti Bersama Hari Suci Nyepi" },
  { date: "2026-03-19", name: "Hari Suci Nyepi Tahun Baru Saka 1948" },
  { date: "2026-03-20", name: "Cuti Bersama Idul Fitri 1447 H" },
  { date: "2026-03-21", name: "Idul Fitri 1447 H" },
  { date: "2026-03-22", name: "Idul Fitri 1447 H" },
  { date: "2026-03-23", name: "Cuti Bersama Idul Fitri 1447 H" },
  { date: "2026-03-24", name: "Cuti Bersama Idul Fitri 1447 H" },
  { date: "2026-04-03", name: "Wafat Yesus Kristus" },
  { date: "2026-04-05", name: "Kebangkitan Yesus Kristus (Paskah)" },
  { date: "2026-05-01", name: "Hari Buruh Internasional" },
  { date: "2026-05-14", name: "Kenaikan Yesus Kristus" },
  { date: "2026-05-15", name: "Cuti Bersama Kenaikan Yesus Kristus" },
  { date: "2026-05-27", name: "Idul Adha 1447 H" },
  { date: "2026-05-28", name: "Cuti Bersama Idul Adha 1447 H" },
  { date: "2026-05-31", name: "Hari Raya Waisak 2570 BE" },
  { date: "2026-06-01", name: "Hari Lahir Pancasila" },
  { date: "2026-06-16", name: "Tahun Baru Islam 1448 H" },
  { date: "2026-08-17", name: "Hari Kemerdekaan Republik Indonesia" },
  { date: "2026-08-25", name: "Maulid Nabi Muhammad SAW" },
  { date: "2026-12-24", name: "Cuti Bersama Hari Raya Natal" },
  { date: "2026-12-25", name: "Hari Raya Natal" },
  { date: "2027-01-01", name: "Tahun Baru 2027 Masehi" },
  { date: "2027-03-26", name: "Wafat Yesus Kristus" },
  { date: "2027-03-28", name: "Kebangkitan Yesus Kristus (Paskah)" },
  { date: "2027-05-01", name: "Hari Buruh Internasional" },
  { date: "2027-05-06", name: "Kenaikan Yesus Kristus" },
  { date: "2027-06-01", name: "Hari Lahir Pancasila" },
  { date: "2027-08-17", name: "Hari Kemerdekaan Republik Indonesia" },
  { date: "2027-12-25", name: "Hari Raya Natal" },
];
