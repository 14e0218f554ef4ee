import "server-only";
import ExcelJS from "exceljs";
import { asc } from "drizzle-orm";
import { writeAudit } from "@/lib/audit/service";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { aspirations } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { toCsv } from "@/lib/http/csv";
import { formatDateTime } from "@/lib/format";
import { CHANNEL_LABELS, STATUS_LABELS } from "./constants";
import { staffListSchema } from "./schema";
import { staffFilters, staffQuery } from "./staff";
import { parseInput } from "@/lib/validation";

export const EXPORT_LIMIT = 50_000;

const HEADER = [
  "Kode",
  "Tanggal",
  "Judul",
  "Kategori",
  "Kecamatan",
  "Kelurahan",
  "Dapil",
  "Komisi",
  "Kanal",
  "Status",
  "Anonim",
  "Rahasia",
  "Diverifikasi",
  "Tanggapan pertama",
  "Selesai",
  "Nilai",
];

/** Rows of the filtered staff list for export (no reporter contact data: exports leave the system). */
async function exportRows(db: Db, actor: Actor | null, raw: unknown, format: string) {
  const me = await requirePermission(actor, "aspiration.export", db);
  const q = parseInput(staffListSchema, raw);
  const rows = await staffQuery(db).where(staffFilters(q)).orderBy(asc(aspirations.createdAt)).limit(EXPORT_LIMIT);
  await writeAudit(
    {
      actor: me,
      action: "aspiration.export",
      entityType: "aspiration",
      detail: { format, rows: rows.length, filters: q },
    },
    db,
  );
  return rows.map((r) => [
    r.trackingCode,
    formatDateTime(r.createdAt),
    r.isConfidential ? "(rahasia)" : r.title,
    r.category,
    r.kecamatan ?? "Seluruh kota",
    r.kelurahan ?? "",
    r.dapil ?? "",
    r.komisi ?? "",
    CHANNEL_LABELS[r.channel],
    STATUS_LABELS[r.status],
    r.isAnonymous ? "ya" : "tidak",
    r.isConfidential ? "ya" : "tidak",
    r.verifiedAt ? formatDateTime(r.verifiedAt) : "",
    r.firstResponseAt ? formatDateTime(r.firstResponseAt) : "",
    r.closedAt ? formatDateTime(r.closedAt) : "",
    r.rating ?? "",
  ]);
}

/** The filtered list as CSV text (formula-safe). */
export async function exportCsv(actor: Actor | null, raw: unknown, tx: Db = db): Promise<string> {
  return toCsv(HEADER, await exportRows(tx, actor, raw, "csv"));
}

/** The filtered list as an XLSX workbook (text cells formula-safe). */
export async function exportXlsx(actor: Actor | null, raw: unknown, tx: Db = db): Promise<Buffer> {
  const rows = await exportRows(tx, actor, raw, "xlsx");
  const wb = new ExcelJS.Workbook();
  wb.creator = "Si Dilan — Sekretariat DPRD Kota Balikpapan";
  const ws = wb.addWorksheet("Aspirasi");
  const header = ws.addRow(HEADER);
  header.font = { bold: true };
  for (const r of rows) ws.addRow(r.map((v) => (typeof v === "string" && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v)));
  ws.columns.forEach((c, i) => (c.width = i === 2 ? 50 : 16));
  ws.views = [{ state: "frozen", ySplit: 1 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
