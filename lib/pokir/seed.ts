import "server-only";
import { and, asc, eq } from "drizzle-orm";
import sharp from "sharp";
import { loadActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/auth/roles";
import { dapil, dapilKecamatan, kelurahan, pokirBidang, pokirPeriods, pokirProposals, users } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { finalizePeriod, markSipdEntered, recordOutcome } from "./finalize";
import { adoptProposal, endorseProposal } from "./member";
import { setMemberPagu } from "./member-list";
import { createReses } from "./reses";
import { returnProposal, verifyProposal } from "./staff";
import { createMemberProposal, submitPublicProposal } from "./submit";

const DAY = 86400_000;

const IDEAS = [
  {
    title: "Perbaikan drainase",
    masalah: "Saluran air tersumbat sehingga jalan dan rumah warga tergenang setiap hujan deras.",
    usulan: "Normalisasi dan pembangunan ulang saluran drainase beton.",
    unit: "meter",
    volume: 250,
    cost: 375_000_000,
    bidang: "1.03",
  },
  {
    title: "Semenisasi jalan lingkungan",
    masalah: "Jalan lingkungan masih tanah dan berlumpur saat hujan, sulit dilalui anak sekolah.",
    usulan: "Semenisasi jalan lingkungan lebar 3 meter.",
    unit: "meter",
    volume: 180,
    cost: 270_000_000,
    bidang: "1.03",
  },
  {
    title: "Penerangan jalan umum",
    masalah: "Jalan gelap pada malam hari dan rawan kejahatan.",
    usulan: "Pemasangan lampu penerangan jalan umum tenaga surya.",
    unit: "titik",
    volume: 12,
    cost: 180_000_000,
    bidang: "2.15",
  },
  {
    title: "Rehabilitasi posyandu",
    masalah: "Bangunan posyandu bocor dan lantainya rusak sehingga pelayanan balita terganggu.",
    usulan: "Rehabilitasi atap dan lantai posyandu.",
    unit: "unit",
    volume: 1,
    cost: 150_000_000,
    bidang: "1.02",
  },
  {
    title: "Bak sampah terpilah",
    masalah: "Warga membuang sampah di lahan kosong karena tidak ada tempat penampungan sementara.",
    usulan: "Pengadaan bak sampah terpilah dan gerobak sampah.",
    unit: "paket",
    volume: 2,
    cost: 60_000_000,
    bidang: "2.11",
  },
  {
    title: "Ruang kelas SD",
    masalah: "Ruang kelas SD negeri kekurangan sehingga siswa belajar bergantian pagi dan siang.",
    usulan: "Pembangunan ruang kelas baru.",
    unit: "ruang",
    volume: 2,
    cost: 600_000_000,
    bidang: "1.01",
  },
];

async function actor(db: Db, email: string): Promise<Actor> {
  const [u] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return (await loadActor(u.id, undefined, undefined, db))!;
}

async function demoPhoto(label: string) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="320"><rect width="100%" height="100%" fill="#a3b18a"/><rect y="200" width="100%" height="120" fill="#6b705c"/><text x="240" y="120" font-family="sans-serif" font-size="22" text-anchor="middle" fill="#fff">${label.replace(/[<>&]/g, "").slice(0, 40)}</text></svg>`;
  return { name: "foto-lokasi.png", data: await sharp(Buffer.from(svg)).png().toBuffer() };
}

async function kelurahanOf(db: Db, dapilId: number) {
  return db
    .select({ id: kelurahan.id, name: kelurahan.name })
    .from(kelurahan)
    .innerJoin(dapilKecamatan, eq(dapilKecamatan.kecamatanId, kelurahan.kecamatanId))
    .where(eq(dapilKecamatan.dapilId, dapilId))
    .orderBy(asc(kelurahan.name));
}

function input(
  idea: (typeof IDEAS)[number],
  kel: { id: number; name: string },
  i: number,
  bidang: Map<string, number>,
  who: string,
) {
  return {
    title: `${idea.title} RT ${String(3 + i).padStart(2, "0")} Kel. ${kel.name}`,
    masalah: idea.masalah,
    usulan: idea.usulan,
    kelurahanId: kel.id,
    rt: String(3 + i).padStart(2, "0"),
    rw: "02",
    address: `Jl. Contoh Gg. ${i + 1} No. ${10 + i}`,
    volume: idea.volume,
    unit: idea.unit,
    estimatedCost: idea.cost,
    bidangId: bidang.get(idea.bidang),
    priority: i % 3 === 0 ? "tinggi" : "sedang",
    proposerName: who,
    proposerPhone: `0812000${String(1000 + i).slice(-4)}`,
    consent: true,
  };
}

/**
 * Demo e-Pokir: an open period with citizen proposals and reses entries in every dapil (some
 * adopted, one returned), and a past period finalised through SIPD with outcomes. Idempotent.
 */
export async function seedPokirDemo(tx: Db = db): Promise<void> {
  const year = new Date().getFullYear();
  const [exists] = await tx.select({ id: pokirPeriods.id }).from(pokirPeriods).where(eq(pokirPeriods.planYear, year));
  if (exists) return;
  const now = Date.now();
  const [past] = await tx
    .insert(pokirPeriods)
    .values({
      planYear: year,
      name: `Pokir RKPD ${year}`,
      opensAt: new Date(now - 420 * DAY),
      closesAt: new Date(now - 380 * DAY),
      musrenbangOn: new Date(now - 370 * DAY).toISOString().slice(0, 10),
    })
    .returning();
  const [open] = await tx
    .insert(pokirPeriods)
    .values({
      planYear: year + 1,
      name: `Pokir RKPD ${year + 1}`,
      opensAt: new Date(now - 7 * DAY),
      closesAt: new Date(now + 21 * DAY),
      musrenbangOn: new Date(now + 35 * DAY).toISOString().slice(0, 10),
    })
    .onConflictDoNothing()
    .returning();
  const staff = await actor(tx, "staf.umum@sidilan.test");
  const bidang = new Map(
    (await tx.select({ id: pokirBidang.id, code: pokirBidang.code }).from(pokirBidang)).map((b) => [b.code, b.id]),
  );
  const dapilRows = await tx.select().from(dapil).orderBy(asc(dapil.number));
  const photo = await demoPhoto("Foto lokasi usulan");
  for (const d of dapilRows) {
    const kels = await kelurahanOf(tx, d.id);
    if (kels.length === 0) continue;
    const member = await actor(tx, `anggota.dapil${d.number}@sidilan.test`).catch(() => null);
    if (!member) continue;
    const [peer] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.dapilId, d.id), eq(users.role, "member"), eq(users.isActive, true)))
      .limit(2)
      .then((r) => r.filter((u) => u.id !== member.id));
    // Past period: adopted, finalised, entered into SIPD, with outcomes.
    const pastOn = new Date(past.opensAt.getTime() + DAY);
    for (let i = 0; i < 2; i++) {
      const r = await submitPublicProposal(
        null,
        input(IDEAS[(d.number + i) % IDEAS.length], kels[i % kels.length], i, bidang, "Ketua RT"),
        [photo],
        { now: pastOn },
        tx,
      );
      await verifyProposal(staff, r.id, undefined, tx);
      await adoptProposal(member, r.id, tx);
    }
    if (!open) continue;
    // Open period: citizens' proposals in several states.
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const r = await submitPublicProposal(
        null,
        input(
          IDEAS[(d.number + i + 2) % IDEAS.length],
          kels[(i + 1) % kels.length],
          i + 2,
          bidang,
          `Warga ${kels[(i + 1) % kels.length].name}`,
        ),
        [photo],
        undefined,
        tx,
      );
      ids.push(r.id);
    }
    await verifyProposal(staff, ids[0], undefined, tx);
    await adoptProposal(member, ids[0], tx);
    if (peer) await endorseProposal((await loadActor(peer.id, undefined, undefined, tx))!, ids[0], tx);
    await verifyProposal(staff, ids[1], undefined, tx);
    await returnProposal(
      staff,
      ids[2],
      { reason: "Lengkapi nomor rumah atau patokan lokasi, serta foto yang memperlihatkan kerusakan." },
      tx,
    );
    // A reses with two proposals entered from it (adopted by the member at verification).
    const reses = await createReses(
      member,
      {
        heldOn: new Date(now - 3 * DAY).toISOString().slice(0, 10),
        place: `Balai Kelurahan ${kels[0].name}`,
        kelurahanId: kels[0].id,
        attendees: 60 + d.number,
        notes: "Reses masa sidang I: warga menyampaikan usulan infrastruktur lingkungan.",
      },
      [await demoPhoto("Reses")],
      tx,
    );
    for (let i = 0; i < 2; i++) {
      const r = await createMemberProposal(
        member,
        input(IDEAS[(d.number + i + 4) % IDEAS.length], kels[0], i + 7, bidang, `Warga Kel. ${kels[0].name}`),
        [photo],
        { resesId: reses.id },
        tx,
      );
      if (i === 0) await verifyProposal(staff, r.id, undefined, tx);
    }
    if (open) await setMemberPagu(staff, open.id, { memberId: member.id, amount: 2_500_000_000 }, tx);
  }
  await finalizePeriod(staff, past.id, undefined, tx);
  await markSipdEntered(staff, past.id, tx);
  const entered = await tx
    .select({ id: pokirProposals.id })
    .from(pokirProposals)
    .where(eq(pokirProposals.periodId, past.id))
    .orderBy(asc(pokirProposals.createdAt));
  for (const [i, p] of entered.entries()) {
    await recordOutcome(
      staff,
      p.id,
      i % 3 === 2
        ? {
            outcome: "tidak_diakomodir",
            reason: "Belum tertampung dalam pagu indikatif OPD; diusulkan kembali tahun berikutnya.",
          }
        : { outcome: "diakomodir", reason: "Masuk RKPD dan APBD." },
      tx,
    );
  }
}
