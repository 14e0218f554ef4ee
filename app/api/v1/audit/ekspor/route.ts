import { listAudit } from "@/lib/audit/service";
import { csvResponse, toCsv } from "@/lib/http/csv";
import { protectedRoute } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** CSV export of the audit log with the same filters as the page (at most 50,000 rows per file). */
export const GET = protectedRoute("audit.read", async (req, _ctx, actor) => {
  const url = new URL(req.url);
  const outcome = url.searchParams.get("hasil");
  const rows: unknown[][] = [];
  for (let page = 1; page <= 250; page++) {
    const r = await listAudit(actor, {
      q: url.searchParams.get("q") ?? undefined,
      outcome: outcome === "success" || outcome === "failure" || outcome === "denied" ? outcome : undefined,
      page,
      pageSize: 200,
    });
    for (const e of r.items)
      rows.push([e.id, e.at, e.actorLabel, e.action, e.outcome, e.entityType, e.entityId, e.ipHash, e.detail]);
    if (r.items.length < 200) break;
  }
  const csv = toCsv(
    ["id", "waktu", "pelaku", "tindakan", "hasil", "jenis_objek", "id_objek", "hash_ip", "rincian"],
    rows,
  );
  return csvResponse(`log-audit-${new Date().toISOString().slice(0, 10)}.csv`, csv);
});
