import "server-only";
import { and, asc, eq, like } from "drizzle-orm";
import { localDate } from "@/lib/calendar/working-days";
import { db, type Db } from "@/lib/db";
import {
  dapilKecamatan,
  kelurahan,
  resesPeriods,
  resesRecords,
  resesReports,
  resesSchedules,
  users,
} from "@/lib/db/schema";
import { draftContent } from "./draft";
import { periodRange } from "./service";

const SUMMARIES = [
  "Warga meminta perbaikan drainase dan penerangan jalan; pelaku UMKM meminta pelatihan dan akses permodalan.",
  "Aspirasi terbanyak tentang air bersih, jalan lingkungan, dan beasiswa bagi siswa kurang mampu.",
  "Warga mengusulkan posyandu baru dan normalisasi parit; karang taruna meminta sarana olahraga.",
];

/**
 * Demo E-Reses: the reses period of the previous masa sidang, four members scheduled; two reports
 * accepted, one submitted, one member without a report. Only the numbered demo members take part
 * (never the accounts the E2E tests log in with, whose next reses must stay open). Idempotent.
 */
export async function seedResesDemo(tx: Db = db): Promise<void> {
  const [done] = await tx.select({ id: resesPeriods.id }).from(resesPeriods).limit(1);
  if (done) return;
  const today = localDate(new Date());
  let year = Number(today.slice(0, 4));
  let masa = Math.ceil(Number(today.slice(5, 7)) / 4) - 1;
  if (masa === 0) [year, masa] = [year - 1, 3];
  const range = periodRange({ year, masaSidang: masa });
  const startsOn = range.from.slice(0, 8) + "10";
  const [period] = await tx
    .insert(resesPeriods)
    .values({ year, masaSidang: masa, startsOn, endsOn: range.from.slice(0, 8) + "24" })
    .returning();
  const members = await tx
    .select({ id: users.id, dapilId: users.dapilId })
    .from(users)
    .where(and(eq(users.role, "member"), like(users.email, "anggota__@sidilan.test")))
    .orderBy(asc(users.email))
    .limit(4);
  const [staff] = await tx.select({ id: users.id }).from(users).where(eq(users.email, "staf.umum@sidilan.test"));
  for (const [i, m] of members.entries()) {
    const day = (n: number) => range.from.slice(0, 8) + String(10 + i * 3 + n).padStart(2, "0");
    await tx.insert(resesSchedules).values({ periodId: period.id, memberId: m.id, startsOn: day(0), endsOn: day(2) });
    if (i === 3 || !m.dapilId) continue; // the fourth member has not reported
    const kels = await tx
      .select({ id: kelurahan.id })
      .from(kelurahan)
      .innerJoin(dapilKecamatan, eq(dapilKecamatan.kecamatanId, kelurahan.kecamatanId))
      .where(eq(dapilKecamatan.dapilId, m.dapilId))
      .orderBy(asc(kelurahan.id))
      .limit(2);
    for (const [k, kel] of kels.entries())
      await tx.insert(resesRecords).values({
        memberId: m.id,
        heldOn: day(k),
        place: k === 0 ? "Balai Pertemuan Warga" : "Aula Kantor Kelurahan",
        kelurahanId: kel.id,
        attendees: 35 + i * 10 + k * 15,
      });
    const content = await draftContent(m.id, range, tx);
    const at = new Date(`${day(2)}T09:00:00+08:00`);
    await tx.insert(resesReports).values({
      periodId: period.id,
      memberId: m.id,
      content,
      summary: SUMMARIES[i],
      followUp: "Aspirasi diteruskan sebagai usulan pokir dan kepada OPD terkait.",
      status: i === 2 ? "diserahkan" : "diterima",
      submittedAt: at,
      acceptedAt: i === 2 ? null : at,
      acceptedBy: i === 2 ? null : (staff?.id ?? null),
    });
  }
}
