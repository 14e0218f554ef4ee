import "server-only";
import { eq, sql } from "drizzle-orm";
import { loadActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/auth/roles";
import { aspirations, dapil, dapilKecamatan, kelurahan, users } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { rateAspiration } from "./public";
import { submitAspiration } from "./submit";
import {
  addNote,
  changeStatus,
  mergeAspiration,
  redirectAspiration,
  rejectAspiration,
  verifyAspiration,
} from "./workflow";

const MARKER = "seed:siap:1";

/** [title, body, category slug] — typical Balikpapan aspirations. */
const ITEMS: [string, string, string][] = [
  [
    "Jalan berlubang di Jl. Soekarno-Hatta km 4",
    "Lubang besar di lajur kiri arah Samarinda sudah tiga minggu, beberapa pengendara motor terjatuh saat hujan.",
    "infrastruktur",
  ],
  [
    "Drainase tersumbat di RT 21",
    "Saluran air di depan rumah warga tersumbat sampah dan lumpur, setiap hujan deras air masuk ke rumah.",
    "lingkungan",
  ],
  [
    "Lampu penerangan jalan padam",
    "Sepuluh titik lampu jalan di jalan lingkungan padam sejak awal bulan, rawan kejahatan pada malam hari.",
    "infrastruktur",
  ],
  [
    "Kekurangan ruang kelas di SD negeri",
    "Siswa kelas satu belajar bergantian pagi dan siang karena ruang kelas kurang, mohon penambahan ruang kelas.",
    "pendidikan",
  ],
  [
    "Antrean panjang di puskesmas",
    "Pasien harus datang sejak subuh untuk mendapat nomor antrean, mohon penambahan tenaga dan sistem antrean daring.",
    "kesehatan",
  ],
  [
    "Bantuan sosial lansia belum diterima",
    "Beberapa lansia di lingkungan kami terdaftar tetapi belum menerima bantuan sejak tiga bulan terakhir.",
    "sosial",
  ],
  [
    "Pasar tradisional becek dan kumuh",
    "Lantai pasar rusak dan tergenang, pedagang dan pembeli mengeluhkan bau dan kebersihan.",
    "ekonomi",
  ],
  [
    "Sampah menumpuk di TPS",
    "Sampah di tempat pembuangan sementara tidak diangkut selama seminggu dan meluber ke jalan.",
    "lingkungan",
  ],
  [
    "Parkir liar di depan sekolah",
    "Kendaraan parkir di bahu jalan depan sekolah menyebabkan macet saat jam antar jemput siswa.",
    "ketertiban",
  ],
  [
    "Pelayanan KTP elektronik lambat",
    "Pembuatan KTP elektronik di kecamatan memakan waktu lebih dari sebulan karena blangko kosong.",
    "pelayanan-publik",
  ],
  [
    "Air PDAM sering mati",
    "Air bersih hanya mengalir malam hari dan sering mati dua hari berturut-turut di kawasan perumahan.",
    "infrastruktur",
  ],
  [
    "Beasiswa untuk siswa kurang mampu",
    "Mohon informasi dan perluasan program beasiswa daerah bagi siswa SMP dari keluarga kurang mampu.",
    "pendidikan",
  ],
];

/** Status path per slot (cycled): every status appears in every dapil's share. */
const PLAN = [
  "diterima",
  "diverifikasi",
  "ditindaklanjuti",
  "selesai_rated",
  "selesai",
  "ditolak",
  "dialihkan",
  "digabung",
] as const;

async function actorBy(db: Db, email: string): Promise<Actor> {
  const [u] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return (await loadActor(u.id, undefined, undefined, db))!;
}

/**
 * Demo aspirations: 6 per dapil (36) across every status, including answered, rated, rejected,
 * handed over and merged ones, backdated over the last months so /statistik has a shape. Idempotent.
 */
export async function seedAspirationDemo(tx: Db = db): Promise<void> {
  const [seen] = await tx.select({ id: aspirations.id }).from(aspirations).where(eq(aspirations.sourceRef, MARKER));
  if (seen) return;
  const staff = await actorBy(tx, "staf.umum@sidilan.test");
  const dapils = await tx.select({ id: dapil.id, number: dapil.number }).from(dapil).orderBy(dapil.number);
  const now = Date.now();
  let slot = 0;
  let lastOpen: { trackingCode: string } | null = null;
  for (const d of dapils) {
    const kels = await tx
      .select({ id: kelurahan.id })
      .from(kelurahan)
      .innerJoin(dapilKecamatan, eq(dapilKecamatan.kecamatanId, kelurahan.kecamatanId))
      .where(eq(dapilKecamatan.dapilId, d.id));
    if (!kels.length) continue;
    const member = await actorBy(tx, `anggota.dapil${d.number}@sidilan.test`).catch(() => null);
    for (let i = 0; i < 6; i++, slot++) {
      const [title, body, category] = ITEMS[slot % ITEMS.length];
      const plan = PLAN[slot % PLAN.length];
      const created = new Date(now - (((slot * 37) % 160) + 3) * 86400_000);
      const anon = slot % 5 === 0;
      const r = await submitAspiration(
        null,
        {
          title,
          body,
          category,
          kelurahan: String(kels[i % kels.length].id),
          anonymous: anon,
          confidential: slot % 9 === 4,
          name: "Warga Balikpapan " + (slot + 1),
          phone: `08125${String(100000 + slot * 7919).slice(0, 6)}`,
          consent: true,
        },
        [],
        {
          now: created,
          sourceRef: slot === 0 ? MARKER : undefined,
          channel: (["web", "whatsapp", "email", "web"] as const)[slot % 4],
        },
        tx,
      );
      const by = member ?? staff;
      if (plan === "diterima") continue;
      if (plan === "ditolak")
        await rejectAspiration(
          staff,
          r.id,
          {
            reason:
              "Isi aspirasi tidak cukup jelas untuk ditindaklanjuti; silakan kirim ulang dengan lokasi yang lengkap.",
          },
          tx,
        );
      else if (plan === "dialihkan")
        await redirectAspiration(
          staff,
          r.id,
          {
            agency: "OPD Pemerintah Kota Balikpapan",
            agencyDetail: "Dinas Kependudukan dan Pencatatan Sipil",
            reason: "Layanan administrasi kependudukan menjadi kewenangan pemerintah kota.",
          },
          tx,
        );
      else if (plan === "digabung" && lastOpen)
        await mergeAspiration(staff, r.id, { target: lastOpen.trackingCode }, tx);
      else if (plan !== "digabung") {
        await verifyAspiration(
          staff,
          r.id,
          {
            routeDapil: true,
            publicNote: "Aspirasi Anda telah diverifikasi dan diteruskan kepada anggota DPRD dapil Anda.",
          },
          tx,
        );
        if (plan !== "diverifikasi")
          await addNote(
            by,
            r.id,
            {
              publicNote: "Terima kasih. Kami telah berkoordinasi dengan dinas terkait dan akan meninjau lokasi.",
              internalNote: "Jadwalkan kunjungan lapangan.",
            },
            tx,
          );
        if (plan === "selesai" || plan === "selesai_rated")
          await changeStatus(
            by,
            r.id,
            { status: "selesai", publicNote: "Dinas terkait telah menindaklanjuti; pekerjaan selesai dikerjakan." },
            tx,
          );
        if (plan === "selesai_rated")
          await rateAspiration(
            null,
            r.trackingCode,
            { rating: 3 + (slot % 3), comment: "Terima kasih atas tindak lanjutnya." },
            undefined,
            tx,
          );
        lastOpen = r;
      }
      // Spread the history over the days after submission (verification 1–4 days, answer 2–7 days).
      const v = 1 + (slot % 4);
      const f = v + 1 + (slot % 4);
      await tx.execute(
        sql`update aspiration_events e set at = ${created.toISOString()}::timestamptz + (s.rn - 1) * make_interval(days => ${v}) from (select id, row_number() over (order by at, id) as rn from aspiration_events where aspiration_id = ${r.id}) s where e.id = s.id`,
      );
      await tx
        .update(aspirations)
        .set({
          verifiedAt: sql`case when ${aspirations.verifiedAt} is not null then ${created.toISOString()}::timestamptz + make_interval(days => ${v}) end`,
          firstResponseAt: sql`case when ${aspirations.firstResponseAt} is not null then ${created.toISOString()}::timestamptz + make_interval(days => ${f}) end`,
          closedAt: sql`case when ${aspirations.closedAt} is not null then least(now(), ${created.toISOString()}::timestamptz + make_interval(days => ${f + 3})) end`,
        })
        .where(eq(aspirations.id, r.id));
    }
  }
}
