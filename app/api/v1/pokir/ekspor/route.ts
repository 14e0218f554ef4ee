import { z } from "zod";
import { csvResponse } from "@/lib/http/csv";
import { protectedRoute } from "@/lib/http/route";
import { exportData, sipdCsv, sipdXlsx } from "@/lib/pokir/export";
import { renderRekapPdf } from "@/lib/pokir/pdf/rekap";
import { idNumber, optionalIdNumber } from "@/lib/validation";

export const dynamic = "force-dynamic";

const querySchema = z.object({
  periode: idNumber("Periode"),
  format: z.enum(["csv", "xlsx", "pdf"], { error: "Format harus csv, xlsx atau pdf." }).default("xlsx"),
  per: z.enum(["dapil", "anggota", "opd"], { error: "Pengelompokan harus dapil, anggota atau opd." }).default("dapil"),
  dapil: optionalIdNumber("Dapil"),
  anggota: z.uuid({ error: "Anggota tidak valid." }).optional(),
  opd: optionalIdNumber("OPD"),
});

/** SIPD exports of adopted pokir (CSV, XLSX per dapil/member/OPD) and the PDF recap of a period. */
export const GET = protectedRoute("pokir.export", async (req, _ctx, actor) => {
  const params = Object.fromEntries([...new URL(req.url).searchParams.entries()].filter(([, v]) => v !== ""));
  const q = querySchema.parse(params);
  const { period, rows, groups } = await exportData(actor, {
    periodId: q.periode,
    dapilId: q.dapil,
    memberId: q.anggota,
    opdId: q.opd,
    by: q.per,
  });
  const base = `pokir-${period.planYear}${q.dapil ? `-dapil${q.dapil}` : ""}${q.opd ? `-opd${q.opd}` : ""}`;
  if (q.format === "csv") return csvResponse(`${base}.csv`, sipdCsv(rows));
  const body = q.format === "xlsx" ? await sipdXlsx(period.name, groups) : await renderRekapPdf(period.name, rows);
  return new Response(new Uint8Array(body), {
    headers: {
      "content-type":
        q.format === "xlsx" ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "application/pdf",
      "content-disposition": `attachment; filename="${q.format === "pdf" ? `rekap-${base}` : base}.${q.format}"`,
      "cache-control": "no-store",
    },
  });
});
