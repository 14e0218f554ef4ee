import { writeFileSync } from "node:fs";
import { eq, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { pokirPeriods, pokirProposals, resesRecords } from "@/lib/db/schema";
import { exportData, SIPD_COLUMNS, sipdCsv, sipdXlsx } from "@/lib/pokir/export";
import { renderRekapPdf } from "@/lib/pokir/pdf/rekap";
import { seedPokirDemo } from "@/lib/pokir/seed";
import { actorFor, DEMO } from "../helpers/actors";

describe("pokir demo data and exports", () => {
  it("seeds an open period and a finalised one, idempotently", async () => {
    await seedPokirDemo();
    const count = async () => (await db.select({ n: sql<number>`count(*)::int` }).from(pokirProposals))[0].n;
    const n = await count();
    await seedPokirDemo();
    expect(await count()).toBe(n);
    const statuses = (await db.select({ s: pokirProposals.status }).from(pokirProposals)).map((r) => r.s);
    for (const s of ["diajukan", "diverifikasi", "dikembalikan", "diadopsi", "diakomodir", "tidak_diakomodir"])
      expect(statuses).toContain(s);
    const perDapil = await db
      .select({ d: pokirProposals.dapilId, n: sql<number>`count(*)::int` })
      .from(pokirProposals)
      .groupBy(pokirProposals.dapilId);
    expect(perDapil).toHaveLength(6);
    expect((await db.select().from(resesRecords)).length).toBe(6);
    const reses = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(pokirProposals)
      .where(eq(pokirProposals.source, "reses"));
    expect(reses[0].n).toBe(12);
  });

  it("exports the SIPD columns as CSV and XLSX per dapil, and the recap PDF", async () => {
    const staff = await actorFor(DEMO.staff);
    const [past] = await db
      .select()
      .from(pokirPeriods)
      .where(sql`${pokirPeriods.finalizedAt} is not null`);
    const { rows, groups, period } = await exportData(staff, { periodId: past.id, by: "dapil" });
    expect(rows.length).toBe(12);
    expect(groups.size).toBe(6);
    const csv = sipdCsv(rows);
    expect(csv.split("\r\n")[0]).toContain("Perkiraan Anggaran");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await sipdXlsx(period.name, groups)) as unknown as ArrayBuffer);
    expect(wb.worksheets).toHaveLength(6);
    expect(wb.worksheets[0].getRow(3).values).toEqual([undefined, ...SIPD_COLUMNS]);
    const pdf = await renderRekapPdf(period.name, rows);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    if (process.env.POKIR_PDF_OUT) writeFileSync(process.env.POKIR_PDF_OUT, pdf);
    await expect(
      exportData(await actorFor(DEMO.memberDapil1), { periodId: past.id, by: "dapil" }),
    ).rejects.toMatchObject({ status: 403 });
  });
});
