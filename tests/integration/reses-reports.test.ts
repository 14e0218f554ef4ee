import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { pokirBidang, pokirProposals, resesPeriods, resesReports, resesSchedules } from "@/lib/db/schema";
import { createReses } from "@/lib/pokir/reses";
import { createMemberProposal } from "@/lib/pokir/submit";
import { publicReports } from "@/lib/reses/public";
import {
  acceptReport,
  createPeriod,
  draftReport,
  getReport,
  myPeriods,
  periodOverview,
  setSchedule,
  reportPdf,
  submitReport,
  updateReportText,
} from "@/lib/reses/service";
import { organisationCaPem } from "@/lib/signing/authority";
import { pdfsig } from "../helpers/minutes";
import { actorFor, DEMO } from "../helpers/actors";
import { kelurahanInDapil, openTestPeriod, photo, proposalInput } from "../helpers/pokir";

let staff: Actor, m1: Actor, m2: Actor;

function pdfText(bytes: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), "reses-"));
  writeFileSync(join(dir, "r.pdf"), bytes);
  if (process.env.RESES_PDF_OUT) writeFileSync(process.env.RESES_PDF_OUT, bytes);
  return execFileSync("pdftotext", [join(dir, "r.pdf"), "-"]).toString();
}
let kel1: number, p1: number, p2: number;

beforeAll(async () => {
  [staff, m1, m2] = await Promise.all([actorFor(DEMO.staff), actorFor(DEMO.memberDapil1), actorFor(DEMO.memberDapil2)]);
  kel1 = await kelurahanInDapil(1);
  await openTestPeriod();
});

describe("reses periods and schedules", () => {
  it("only staff record periods; dates stay in the masa sidang and a schedule lasts at most 6 days", async () => {
    const input = { year: "2021", masaSidang: "1", startsOn: "2021-02-01", endsOn: "2021-02-20" };
    await expect(createPeriod(m1, input)).rejects.toMatchObject({ status: 403 });
    await expect(createPeriod(staff, { ...input, endsOn: "2021-05-02" })).rejects.toMatchObject({ status: 422 });
    p1 = (await createPeriod(staff, input)).id;
    await expect(createPeriod(staff, input)).rejects.toMatchObject({ status: 409 });
    p2 = (await createPeriod(staff, { year: "2021", masaSidang: "2", startsOn: "2021-06-01", endsOn: "2021-06-20" }))
      .id;
    const sched = { periodId: p1, memberId: m1.id, startsOn: "2021-02-03", endsOn: "2021-02-09" };
    await expect(setSchedule(staff, sched)).rejects.toMatchObject({
      fieldErrors: { endsOn: ["Reses paling lama 6 hari."] },
    });
    await expect(setSchedule(staff, { ...sched, endsOn: "2021-02-25" })).rejects.toMatchObject({ status: 422 });
    await setSchedule(staff, { ...sched, endsOn: "2021-02-08" });
    await setSchedule(staff, { ...sched, memberId: m2.id, endsOn: "2021-02-05" });
    await setSchedule(staff, { periodId: p2, memberId: m1.id, startsOn: "2021-06-02", endsOn: "2021-06-07" });
  });
});

describe("Laporan Hasil Reses", () => {
  let reportId: string;

  it("drafts the report from the records with the known counts", async () => {
    const [bidang] = await db.select().from(pokirBidang).limit(1);
    const a = await createReses(m1, { heldOn: "2021-02-03", place: "Balai RT 05", kelurahanId: kel1, attendees: "30" });
    await createReses(m1, { heldOn: "2021-02-05", place: "Masjid Al-Ikhlas", kelurahanId: kel1, attendees: "45" });
    const pokirA = await createMemberProposal(m1, proposalInput(kel1), [await photo()], { resesId: a.id });
    await createMemberProposal(m1, proposalInput(kel1, { title: "Lampu jalan gang" }), [await photo()], {
      resesId: a.id,
    });
    await db.update(pokirProposals).set({ bidangId: bidang.id }).where(eq(pokirProposals.id, pokirA.id));
    reportId = (await draftReport(m1, p1)).id;
    const r = await getReport(m1, reportId);
    expect(r.status).toBe("draf");
    expect(r.content.events.map((e) => [e.heldOn, e.place, e.attendees])).toEqual([
      ["2021-02-03", "Balai RT 05", 30],
      ["2021-02-05", "Masjid Al-Ikhlas", 45],
    ]);
    expect(r.content.totalAttendees).toBe(75);
    expect(r.content.pokirCount).toBe(2);
    expect(r.content.bidang).toEqual(
      expect.arrayContaining([
        { name: bidang.name, count: 1 },
        { name: "Bidang belum ditentukan", count: 1 },
      ]),
    );
    expect(r.content.pokirByStatus).toEqual([{ status: "diajukan", count: 2 }]);
    // drafting again keeps the one report
    expect((await draftReport(m1, p1)).id).toBe(reportId);
  });

  it("blocks the next reses until the previous report is submitted, with a clear message", async () => {
    const next = { heldOn: "2021-06-03", place: "Balai Kelurahan", kelurahanId: kel1, attendees: "20" };
    await expect(createReses(m1, next)).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining("Laporan hasil Reses Masa Sidang I 2021 belum diserahkan"),
    });
    // the member sees the state on their periods list
    const mine = await myPeriods(m1);
    expect(mine.find((p) => p.id === p1)?.status).toBe("draf");
    // a member scheduled without any report is also blocked
    await expect(createReses(m2, { ...next, kelurahanId: await kelurahanInDapil(2) })).rejects.toMatchObject({
      status: 409,
    });
  });

  it("moves draf → diserahkan → diterima, each step by the right person only", async () => {
    await expect(getReport(m2, reportId)).rejects.toMatchObject({ status: 404 });
    await expect(getReport(null, reportId)).rejects.toMatchObject({ status: 401 });
    await expect(submitReport(m1, reportId)).rejects.toMatchObject({ status: 422 });
    await expect(updateReportText(m2, reportId, { summary: "x", followUp: "" })).rejects.toMatchObject({ status: 404 });
    await updateReportText(m1, reportId, { summary: "Warga mengeluhkan drainase.", followUp: "Diusulkan ke DPUPR." });
    await expect(acceptReport(staff, reportId)).rejects.toMatchObject({ status: 409 });
    await expect(submitReport(m2, reportId)).rejects.toMatchObject({ status: 404 });
    await submitReport(m1, reportId);
    await expect(updateReportText(m1, reportId, { summary: "ubah", followUp: "" })).rejects.toMatchObject({
      status: 409,
    });
    await expect(draftReport(m1, p1)).rejects.toMatchObject({ status: 409 });
    await expect(acceptReport(m1, reportId)).rejects.toMatchObject({ status: 403 });
    const overview = await periodOverview(staff, p1);
    expect(overview.members.find((m) => m.memberId === m1.id)?.status).toBe("diserahkan");
    expect(overview.members.find((m) => m.memberId === m2.id)?.status).toBe("belum");
    await expect(periodOverview(m1, p1)).rejects.toMatchObject({ status: 403 });
    await acceptReport(staff, reportId);
    const [row] = await db.select().from(resesReports).where(eq(resesReports.id, reportId));
    expect(row.status).toBe("diterima");
    expect(row.acceptedBy).toBe(staff.id);
    // Submitting signed the report: a PAdES PDF on the letterhead, valid in pdfsig, for the member and staff only.
    const file = await reportPdf(m1, reportId);
    expect(file.sha256).toBe(row.sha256);
    const report = pdfsig(Buffer.from(file.data), (await organisationCaPem())!);
    expect(report).toMatch(/Signature is Valid\./);
    expect(report).toMatch(/Total document signed/);
    const text = pdfText(Buffer.from(file.data));
    expect(text).toContain("LAPORAN HASIL RESES");
    expect(text).toContain("DEWAN PERWAKILAN RAKYAT DAERAH");
    expect(text).toContain("Warga mengeluhkan drainase.");
    expect((await reportPdf(staff, reportId)).sha256).toBe(file.sha256);
    await expect(reportPdf(m2, reportId)).rejects.toMatchObject({ status: 404 });
    await expect(reportPdf(null, reportId)).rejects.toMatchObject({ status: 401 });
    // now the member may hold the next reses
    await createReses(m1, { heldOn: "2021-06-03", place: "Balai Kelurahan", kelurahanId: kel1, attendees: "20" });
  });

  it("the public version holds dates, places and counts but no personal data of citizens", async () => {
    const reports = await publicReports(m1.id);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ periodLabel: "Reses Masa Sidang I 2021", totalAttendees: 75, pokirCount: 2 });
    const text = JSON.stringify(reports);
    for (const secret of ["Budi Santoso", "081234567890", "budi@example.test", "Jl. Mawar"])
      expect(text).not.toContain(secret);
    expect(Object.keys(reports[0].events[0]).sort()).toEqual(["attendees", "heldOn", "kelurahan", "place"]);
    // drafts stay private
    expect(await publicReports(m2.id)).toEqual([]);
  });
});

describe("E-Reses demo seed", () => {
  it("seeds one period with accepted, submitted and missing reports, and is idempotent", async () => {
    const { seedResesDemo } = await import("@/lib/reses/seed");
    const { listPeriods } = await import("@/lib/reses/service");
    await db.delete(resesReports);
    await db.delete(resesSchedules);
    await db.delete(resesPeriods);
    await seedResesDemo();
    await seedResesDemo();
    const periods = await listPeriods();
    expect(periods).toHaveLength(1);
    const statuses = (await periodOverview(staff, periods[0].id)).members
      .filter((m) => m.schedule)
      .map((m) => m.status)
      .sort();
    expect(statuses).toEqual(["belum", "diserahkan", "diterima", "diterima"]);
  });
});
