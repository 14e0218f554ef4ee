import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import sharp from "sharp";
import { loadActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/auth/roles";
import { classificationCodes, disposisi, incomingLetters, komisi, users } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { todayWita } from "./input-checks";
import { disposeLetter, forwardDisposisi, receiveDisposisi, reportDisposisi } from "./disposisi/service";
import { registerIncoming } from "./incoming";
import { archiveIncoming } from "./incoming-detail";
import { createOutgoingDraft, issueOutgoing } from "./outgoing";
import { cancelReservation, listReservations, reserveNumbers } from "./reservations";

/** The first demo letter; when it exists the demo letters are already there. */
const MARKER = "050/1187/BAPPEDA-LITBANG";

async function actor(db: Db, email: string): Promise<Actor> {
  const [u] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return (await loadActor(u.id, undefined, undefined, db))!;
}

/** A small scanned-letter image (an SVG letterhead turned into PNG), so the demo has real scans. */
async function demoScan(title: string): Promise<{ name: string; data: Buffer }> {
  const esc = title.replace(/[<>&]/g, "");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="620" height="877"><rect width="100%" height="100%" fill="#fdfdf8"/><text x="310" y="70" font-family="sans-serif" font-size="20" text-anchor="middle" font-weight="bold">PEMERINTAH KOTA BALIKPAPAN</text><line x1="40" y1="95" x2="580" y2="95" stroke="#000" stroke-width="3"/><text x="60" y="160" font-family="sans-serif" font-size="15">Perihal: ${esc.slice(0, 60)}</text>${[200, 230, 260, 290, 320, 350].map((y) => `<rect x="60" y="${y}" width="${440 + (y % 60)}" height="10" fill="#bbb"/>`).join("")}<text x="420" y="700" font-family="sans-serif" font-size="14">(contoh pindaian)</text></svg>`;
  return { name: "pindaian-surat.png", data: await sharp(Buffer.from(svg)).png().toBuffer() };
}

const ins = (...i: string[]) => i;

/**
 * Demo registers: incoming letters with disposition trees in several states (one rahasia, one
 * overdue, one done, one archived, two past retention), outgoing letters with issued numbers, a
 * draft and a reservation with one number cancelled. Idempotent.
 */
export async function seedLetterDemo(tx: Db = db): Promise<void> {
  const [exists] = await tx
    .select({ id: incomingLetters.id })
    .from(incomingLetters)
    .where(eq(incomingLetters.senderNumber, MARKER));
  if (exists) return;
  const [staff, staff2, ketua, admin] = await Promise.all([
    actor(tx, "staf.umum@sidilan.test"),
    actor(tx, "staf.persidangan@sidilan.test"),
    actor(tx, "ketua@sidilan.test"),
    actor(tx, "admin@sidilan.test"),
  ]);
  const komisiRows = await tx.select({ id: komisi.id, name: komisi.name }).from(komisi);
  const k = (name: string) => `komisi:${komisiRows.find((r) => r.name === name)!.id}`;
  const today = todayWita();
  const due = (days: number) => todayWita(new Date(Date.now() + days * 86_400_000));
  const ago = (days: number) => todayWita(new Date(Date.now() - days * 86_400_000));
  const letter = (over: Record<string, unknown>) => ({
    nature: "biasa",
    addressee: "Ketua DPRD",
    addresseeUserId: ketua.id,
    receivedOn: ago(2),
    senderDate: ago(5),
    ...over,
  });

  // 1. Disposed to a komisi and a unit; the unit passed it down; one branch overdue.
  const musrenbang = await registerIncoming(
    staff,
    letter({
      senderNumber: MARKER,
      sender: "Bappeda Litbang Kota Balikpapan",
      subject: "Undangan Musrenbang RKPD Kota Balikpapan Tahun 2027",
      nature: "segera",
      classificationCode: "000.1.5",
      summary: "Undangan kepada Pimpinan dan Anggota DPRD untuk menghadiri Musrenbang RKPD tingkat kota.",
    }),
    [await demoScan("Undangan Musrenbang RKPD 2027")],
    undefined,
    tx,
  );
  const [toK3, toUnit] = await disposeLetter(
    staff,
    musrenbang.id,
    {
      fromLabel: "Ketua DPRD",
      recipients: [
        {
          key: k("Komisi III"),
          instructions: ins("hadiri_wakili", "tindak_lanjuti"),
          note: "Mohon Komisi III hadir dan menyampaikan pokir terkait infrastruktur.",
          dueOn: due(7),
        },
        {
          key: "unit:Bagian Persidangan dan Perundang-undangan",
          instructions: ins("koordinasikan", "siapkan_jawaban"),
          note: "Siapkan bahan dan konfirmasi kehadiran.",
          dueOn: due(7),
        },
      ],
    },
    tx,
  );
  await receiveDisposisi(staff2, toUnit, tx);
  await forwardDisposisi(
    staff2,
    toUnit,
    {
      recipients: [
        {
          key: `user:${staff.id}`,
          instructions: ins("siapkan_jawaban"),
          note: "Mohon siapkan surat konfirmasi kehadiran.",
          dueOn: due(2),
        },
      ],
    },
    tx,
  );
  await tx
    .update(disposisi)
    .set({ dueOn: ago(3) })
    .where(eq(disposisi.id, toK3));

  // 2. Every branch closed: selesai.
  const warga = await registerIncoming(
    staff,
    letter({
      senderNumber: "12/RT.27/GS/XI/2026",
      sender: "Ketua RT 27 Kelurahan Gunung Samarinda",
      subject: "Permohonan perbaikan drainase dan jalan lingkungan RT 27",
      classificationCode: "000.1.5",
      receivedOn: ago(9),
      senderDate: ago(12),
    }),
    [await demoScan("Permohonan perbaikan drainase RT 27")],
    undefined,
    tx,
  );
  const komisiMember = await tx
    .select({ email: users.email })
    .from(users)
    .where(and(eq(users.role, "member"), eq(users.komisiId, Number(k("Komisi III").split(":")[1]))))
    .limit(1);
  const [w1, w2] = await disposeLetter(
    staff,
    warga.id,
    {
      fromLabel: "Ketua DPRD",
      recipients: [
        { key: k("Komisi III"), instructions: ins("tindak_lanjuti", "pelajari"), dueOn: due(5) },
        { key: `user:${staff.id}`, instructions: ins("arsipkan", "untuk_diketahui"), dueOn: due(5) },
      ],
    },
    tx,
  );
  const km = await actor(tx, komisiMember[0].email);
  await receiveDisposisi(km, w1, tx);
  await reportDisposisi(
    km,
    w1,
    { note: "Sudah ditinjau ke lapangan bersama Dinas PU; perbaikan masuk usulan pokir.", close: "on" },
    tx,
  );
  await receiveDisposisi(staff, w2, tx);
  await reportDisposisi(staff, w2, { note: "Dicatat dan diarsipkan.", close: "on" }, tx);

  // 3. Rahasia, addressed to the Ketua, disposed to one staff member who has not confirmed yet.
  const secret = await registerIncoming(
    staff,
    letter({
      senderNumber: "700/214/INSP",
      sender: "Inspektorat Daerah Kota Balikpapan",
      subject: "Laporan hasil pemeriksaan khusus pengelolaan keuangan Sekretariat DPRD",
      nature: "rahasia",
      classificationCode: "000.1.5",
      summary: "Hanya untuk pimpinan.",
    }),
    undefined,
    undefined,
    tx,
  );
  await disposeLetter(
    staff,
    secret.id,
    {
      fromLabel: "Ketua DPRD",
      recipients: [
        {
          key: `user:${staff2.id}`,
          instructions: ins("pelajari", "siapkan_jawaban"),
          note: "Siapkan tanggapan tertulis.",
          dueOn: due(5),
        },
      ],
    },
    tx,
  );

  // 4. Just registered; 5. registered and archived without a disposition.
  await registerIncoming(
    staff,
    letter({
      senderNumber: "600/3321/DPU",
      sender: "Dinas Pekerjaan Umum Kota Balikpapan",
      subject: "Penyampaian jadwal pemeliharaan jalan Jenderal Sudirman",
      classificationCode: "000.1.5",
      receivedOn: today,
      senderDate: ago(1),
    }),
    undefined,
    undefined,
    tx,
  );
  const info = await registerIncoming(
    staff,
    letter({
      senderNumber: "005/77/KEC-BU",
      sender: "Camat Balikpapan Utara",
      subject: "Pemberitahuan kegiatan kerja bakti massal",
      classificationCode: "000.1.5",
      addressee: "Sekretaris DPRD",
      addresseeUserId: undefined,
    }),
    undefined,
    undefined,
    tx,
  );
  await archiveIncoming(staff, info.id, tx);

  // Retention: demo years on one code (admins set the real ones) and two old letters past them.
  await tx
    .update(classificationCodes)
    .set({ retentionActiveYears: 2, retentionInactiveYears: 3 })
    .where(and(eq(classificationCodes.code, "000.1"), isNull(classificationCodes.retentionActiveYears)));
  for (const [i, subject] of [
    "Undangan rapat koordinasi tahun 2018",
    "Permohonan data penduduk tahun 2018",
  ].entries()) {
    await registerIncoming(
      staff,
      letter({
        senderNumber: `005/${100 + i}/2018`,
        sender: "Sekretariat Daerah Kota Balikpapan",
        subject,
        classificationCode: "000.1.5",
        receivedOn: `2018-03-0${i + 5}`,
        senderDate: "2018-03-01",
        addresseeUserId: undefined,
      }),
      [],
      { now: new Date(`2018-03-0${i + 5}T10:00:00+08:00`) },
      tx,
    );
  }

  // Outgoing: three issued (one answers the Musrenbang invitation), a draft, and a reservation.
  const out = async (over: Record<string, unknown>, issue: boolean) => {
    const { id } = await createOutgoingDraft(
      staff,
      { nature: "biasa", classificationCode: "000.1.5", signer: "Sekretaris DPRD Kota Balikpapan", ...over },
      undefined,
      tx,
    );
    if (issue) await issueOutgoing(admin, id, undefined, tx);
  };
  await out(
    {
      subject: "Konfirmasi kehadiran Musrenbang RKPD 2027",
      recipients: "Kepala Bappeda Litbang Kota Balikpapan",
      copies: "Ketua DPRD Kota Balikpapan",
      replyToAgenda: musrenbang.agendaNumber,
    },
    true,
  );
  await out(
    {
      subject: "Undangan rapat dengar pendapat tentang banjir",
      recipients: "Kepala Dinas Pekerjaan Umum\nKepala BPBD Kota Balikpapan",
      classificationCode: "000.1.5",
      signer: "Ketua DPRD Kota Balikpapan",
    },
    true,
  );
  await out(
    {
      subject: "Permohonan narasumber bimbingan teknis",
      recipients: "Kepala Biro Hukum Setda Provinsi Kalimantan Timur",
    },
    true,
  );
  await out(
    {
      subject: "Jawaban permohonan audiensi warga RT 27",
      recipients: "Ketua RT 27 Kelurahan Gunung Samarinda",
      replyToAgenda: warga.agendaNumber,
    },
    false,
  );
  await reserveNumbers(
    staff,
    {
      count: 2,
      reservedFor: "Undangan rapat paripurna ditandatangani manual (jaringan terputus)",
      classificationCode: "000.1.5",
    },
    tx,
  );
  const [lastReserved] = (await listReservations(staff, { status: "dicadangkan" }, tx)).items;
  await cancelReservation(staff, lastReserved.id, { reason: "Rapat paripurna diundur; nomor tidak terpakai." }, tx);
}
