import "server-only";
import { eq } from "drizzle-orm";
import { db, type Db } from "@/lib/db";
import { dapil, users } from "@/lib/db/schema";
import { formatDate } from "@/lib/format";
import { todayWita } from "@/lib/letters/input-checks";
import { POKIR_STATUS_LABELS, type PokirStatus } from "@/lib/pokir/constants";
import { sha256Hex } from "@/lib/security/hash";
import { signerCredential } from "@/lib/signing/authority";
import { LocalPdfSigner } from "@/lib/signing/pdf-signer";
import { site } from "@/lib/site";
import type { ResesReportContent } from "./draft";
import { renderResesReportPdf } from "./pdf/report-pdf";

/**
 * Render the member's Laporan Hasil Reses on the DPRD letterhead and sign it with the member's
 * certificate through the one signing service (PAdES, as minutes and letters), at submission.
 */
export async function signedReportPdf(
  report: { memberId: string; periodLabel: string; content: ResesReportContent; summary: string; followUp: string },
  now: Date = new Date(),
  tx: Db = db,
): Promise<{ pdf: Buffer; sha256: string }> {
  const [person] = await tx
    .select({ id: users.id, name: users.name, email: users.email, unit: users.unit, dapil: dapil.name })
    .from(users)
    .leftJoin(dapil, eq(dapil.id, users.dapilId))
    .where(eq(users.id, report.memberId));
  const c = report.content;
  const unsigned = await renderResesReportPdf({
    kop: {
      title: "DEWAN PERWAKILAN RAKYAT DAERAH",
      city: "KOTA BALIKPAPAN",
      address: `${site.addressLines.join(", ")} · Telp. ${site.phone}`,
    },
    periodLabel: report.periodLabel,
    memberName: person.name,
    memberLine: person.dapil ? `Anggota DPRD, daerah pemilihan ${person.dapil}` : "Anggota DPRD",
    placeDate: `Balikpapan, ${formatDate(todayWita(now))}`,
    events: c.events.map((e) => ({ ...e, date: formatDate(e.heldOn) })),
    totalAttendees: c.totalAttendees,
    bidang: c.bidang,
    pokirCount: c.pokirCount,
    pokirByStatus: c.pokirByStatus.map((p) => ({
      label: POKIR_STATUS_LABELS[p.status as PokirStatus] ?? p.status,
      count: p.count,
    })),
    summary: report.summary,
    followUp: report.followUp,
  });
  const { credential } = await signerCredential(person, tx);
  const pdf = await new LocalPdfSigner(credential).signPdf(unsigned, {
    signer: { userId: person.id, name: person.name, email: person.email },
    reason: `Anggota DPRD — menyerahkan Laporan Hasil ${report.periodLabel}`,
    location: "Balikpapan",
    signingTime: now,
  });
  return { pdf, sha256: sha256Hex(pdf) };
}
