import "server-only";
import { eq } from "drizzle-orm";
import { loadActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/auth/roles";
import { epaperLetters, users } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { todayWita } from "@/lib/letters/input-checks";
import { decideParaf, submitToChain } from "./chain";
import { createDelegation } from "./delegations";
import { createFromTemplate } from "./drafts";
import { applyLetterSignature } from "./sign";

const FIRST = "Undangan Rapat Dengar Pendapat tentang Penanganan Banjir";

async function actorByEmail(email: string, db: Db): Promise<Actor> {
  const [u] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  const actor = u ? await loadActor(u.id, undefined, undefined, db) : null;
  if (!actor) throw new Error(`akun demo ${email} tidak ada`);
  return actor;
}

/**
 * Demo letters: one invitation signed by the Ketua DPRD and one signed by a Wakil Ketua "a.n. Ketua"
 * under a recorded delegation, plus a draft waiting on the Kepala Bagian. Signed with the demo
 * organisation CA, like the minutes' seed. Idempotent: skipped when the demo letters exist.
 */
export async function seedEpaperDemo(tx: Db = db): Promise<void> {
  const existing = await tx
    .select({ id: epaperLetters.id })
    .from(epaperLetters)
    .where(eq(epaperLetters.subject, FIRST))
    .limit(1);
  if (existing.length) return;
  const [staff, kabag, sekwan, ketua, wakil] = await Promise.all(
    [
      "staf.umum@sidilan.test",
      "kabag.umum@sidilan.test",
      "sekwan@sidilan.test",
      "ketua@sidilan.test",
      "anggota02@sidilan.test",
    ].map((e) => actorByEmail(e, tx)),
  );
  const body = (what: string) =>
    `Dengan hormat,\n\nBersama ini kami mengundang Bapak/Ibu untuk menghadiri ${what} yang akan dilaksanakan pada:\nhari/tanggal : Senin, 14 Desember 2026\npukul : 09.00 WITA s.d. selesai\ntempat : Ruang Rapat Gabungan DPRD Kota Balikpapan, Jl. Jenderal Sudirman No. 1\n\nMengingat pentingnya acara tersebut, diharapkan kehadiran Bapak/Ibu tepat pada waktunya.\n\nDemikian disampaikan, atas perhatian dan kehadirannya diucapkan terima kasih.`;
  const make = async (subject: string, what: string, recipients: string) => {
    const { id } = await createFromTemplate(
      staff,
      {
        templateCode: "surat-undangan",
        subject,
        recipients,
        copies: "Wali Kota Balikpapan\nSekretaris DPRD Kota Balikpapan",
        classificationCode: "000.1.5",
        signerId: ketua.id,
        signerPosition: "Ketua DPRD Kota Balikpapan",
        nature: "penting",
        body: body(what),
      },
      tx,
    );
    return id;
  };
  const chain = async (id: string) => {
    await submitToChain(staff, id, tx);
    await decideParaf(kabag, id, { decision: "setuju" }, tx);
    await decideParaf(sekwan, id, { decision: "setuju" }, tx);
  };
  const a = await make(
    FIRST,
    "Rapat Dengar Pendapat tentang Penanganan Banjir",
    "Kepala Dinas Pekerjaan Umum Kota Balikpapan | pu@balikpapan.test\nKepala BPBD Kota Balikpapan",
  );
  await chain(a);
  await tx.transaction((tx) => applyLetterSignature(ketua, a, {}, tx));
  const b = await make(
    "Undangan Rapat Koordinasi Persiapan Musrenbang RKPD 2027",
    "Rapat Koordinasi Persiapan Musrenbang RKPD 2027",
    "Kepala Bappeda Litbang Kota Balikpapan | bappeda@balikpapan.test",
  );
  await chain(b);
  // The Ketua has been away on a working visit since two days ago: the Wakil Ketua signed "a.n. Ketua"
  // on the first day (the delegation still runs today, so the letter stays in the delegate's view).
  const then = new Date(Date.now() - 2 * 86_400_000);
  const day = todayWita(then);
  await createDelegation(
    staff,
    {
      principalId: ketua.id,
      delegateId: wakil.id,
      mode: "an",
      startsOn: day,
      endsOn: todayWita(),
      note: "Ketua DPRD kunjungan kerja ke luar daerah",
    },
    tx,
  );
  await tx.transaction((tx) => applyLetterSignature(wakil, b, { now: then }, tx));
  await make(
    "Undangan Rapat Kerja Komisi III dengan Dinas Perhubungan",
    "Rapat Kerja Komisi III dengan Dinas Perhubungan",
    "Kepala Dinas Perhubungan Kota Balikpapan",
  );
}
