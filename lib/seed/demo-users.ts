import "server-only";
import { eq } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import { dapil, electionPeriods, fraksi, komisi, users } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { CURRENT_PERIOD } from "./reference";

/** Password of every demo account (development only; listed in the README). */
export const DEMO_PASSWORD = "SiDilan-Demo-2026";

/** Fictional member names; any likeness to real council members is unintended. */
const MEMBER_NAMES = [
  "H. Abdul Rahman Saleh",
  "Hj. Siti Nurhaliza Amran",
  "Andi Muhammad Yusuf",
  "Dr. Bambang Setiawan",
  "Rudi Hartono Lubis",
  "Ir. Made Wirawan",
  "Fransiska Dewi Lestari",
  "Syahrial Noor",
  "Yohanes Paulus Sinaga",
  "Hj. Rahmawati Aziz",
  "Muhammad Iqbal Firdaus",
  "Agus Salim Pratama",
  "Nurul Hidayah",
  "Herman Tanjung",
  "Dewi Kartika Sari",
  "Slamet Riyadi",
  "Andi Fatmawati",
  "Ahmad Fauzan Hadi",
  "Lukas Ringgit",
  "Sri Wahyuni Handayani",
  "Budi Santoso",
  "Yuliana Pakpahan",
  "Taufik Hidayat",
  "Ratna Juwita",
  "Daeng Mappasessu",
  "Robertus Laing",
  "Maria Goreti Usat",
  "Irwan Syahputra",
  "Hasanuddin Mallarangeng",
  "Wulan Sekarsari",
  "Joko Susilo",
  "Rosmiati Baco",
  "Eko Prasetyo",
  "Antonius Huvat",
  "Nur Aisyah Ramadhani",
  "Samsul Bahri",
  "Kristina Lawing",
  "Fadli Ramadhan",
  "Hendra Gunawan",
  "Lestari Ningsih",
  "Arief Budiman",
  "Sitti Hajar Tahir",
  "Wahyu Nugroho",
  "Paulina Anyeq",
  "Zainal Abidin",
];

interface DemoUser {
  email: string;
  name: string;
  role: "member" | "staff" | "admin";
  position?: string;
  unit?: string;
  nip?: string;
  dapilNumber?: number;
  komisiName?: string;
  fraksiName?: string;
}

/** The 45 members spread over dapil by seats and over fraksi by party seats; pimpinan sit in no komisi. */
export function demoMembers(
  dapilSeats: { number: number; seats: number }[],
  fraksiSeats: { name: string; seats: number }[],
): DemoUser[] {
  const dapilSlots = dapilSeats.flatMap((d) => Array.from({ length: d.seats }, () => d.number));
  const fraksiSlots = fraksiSeats.flatMap((f) => Array.from({ length: f.seats }, () => f.name));
  const komisiNames = ["Komisi I", "Komisi II", "Komisi III", "Komisi IV"];
  const named = new Set<number>();
  return MEMBER_NAMES.map((name, i) => {
    // 11 is coprime with 45 too: pimpinan come from different dapil.
    const dapilNumber = dapilSlots[(i * 11) % dapilSlots.length];
    // 7 is coprime with 45: a permutation that mixes fraksi across dapil.
    const fraksiName = fraksiSlots[(i * 7) % fraksiSlots.length];
    const position = i === 0 ? "Ketua DPRD" : i <= 3 ? "Wakil Ketua DPRD" : "Anggota";
    const komisiName = i <= 3 ? undefined : komisiNames[i % 4];
    let email = `anggota${String(i + 1).padStart(2, "0")}@sidilan.test`;
    if (i === 0) email = "ketua@sidilan.test";
    else if (i > 3 && !named.has(dapilNumber)) {
      named.add(dapilNumber);
      email = `anggota.dapil${dapilNumber}@sidilan.test`;
    }
    return { email, name, role: "member", position, dapilNumber, komisiName, fraksiName };
  });
}

const STAFF: DemoUser[] = [
  {
    email: "admin@sidilan.test",
    name: "Administrator Si Dilan",
    role: "admin",
    unit: "Subbagian Umum dan Kepegawaian",
    position: "Pranata Komputer",
  },
  {
    email: "staf.umum@sidilan.test",
    name: "Rina Marlina, S.Sos.",
    role: "staff",
    unit: "Bagian Umum",
    position: "Pengadministrasi Persuratan",
    nip: "198805122010012003",
  },
  {
    email: "staf.persidangan@sidilan.test",
    name: "Dedi Kurniawan, S.H.",
    role: "staff",
    unit: "Bagian Persidangan dan Perundang-undangan",
    position: "Analis Persidangan",
    nip: "199002202015031001",
  },
  // The E-Paper paraf chain: Kepala Bagian Umum, then the Sekretaris DPRD.
  {
    email: "kabag.umum@sidilan.test",
    name: "Hendri Wijaya, S.E., M.M.",
    role: "staff",
    unit: "Bagian Umum",
    position: "Kepala Bagian Umum",
    nip: "197806152005011002",
  },
  {
    email: "sekwan@sidilan.test",
    name: "Drs. Muhammad Ramli, M.Si.",
    role: "staff",
    unit: "Sekretariat DPRD",
    position: "Sekretaris DPRD",
    nip: "197003121995031004",
  },
];

/** Seed demo accounts (admin, staff, all 45 members). Idempotent: existing e-mails are left alone. */
export async function seedDemoUsers(tx: Db = db): Promise<void> {
  const [period] = await tx.select().from(electionPeriods).where(eq(electionPeriods.name, CURRENT_PERIOD.name));
  const dapilRows = await tx.select().from(dapil).where(eq(dapil.periodId, period.id)).orderBy(dapil.number);
  const fraksiRows = await tx.select().from(fraksi).orderBy(fraksi.id);
  const komisiRows = await tx.select().from(komisi);
  const members = demoMembers(dapilRows, fraksiRows);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const values = [...STAFF, ...members].map((u) => ({
    email: u.email,
    name: u.name,
    role: u.role,
    position: u.position ?? null,
    unit: u.unit ?? null,
    nip: u.nip ?? null,
    passwordHash,
    dapilId: u.dapilNumber ? (dapilRows.find((d) => d.number === u.dapilNumber)?.id ?? null) : null,
    komisiId: u.komisiName ? (komisiRows.find((k) => k.name === u.komisiName)?.id ?? null) : null,
    fraksiId: u.fraksiName ? (fraksiRows.find((f) => f.name === u.fraksiName)?.id ?? null) : null,
  }));
  await tx.insert(users).values(values).onConflictDoNothing();
}
