import { exportCsv, exportXlsx } from "@/lib/aspirations/export";
import { csvResponse } from "@/lib/http/csv";
import { protectedRoute } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** CSV (default) or XLSX (?format=xlsx) of the filtered staff list. */
export const GET = protectedRoute("aspiration.export", async (req, _ctx, actor) => {
  const params = Object.fromEntries(new URL(req.url).searchParams.entries());
  const stamp = new Date().toISOString().slice(0, 10);
  if (params.format === "xlsx") {
    const buf = await exportXlsx(actor, params);
    return new Response(new Uint8Array(buf), {
      headers: {
        "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "content-disposition": `attachment; filename="aspirasi-${stamp}.xlsx"`,
        "cache-control": "no-store",
      },
    });
  }
  return csvResponse(`aspirasi-${stamp}.csv`, await exportCsv(actor, params));
});
