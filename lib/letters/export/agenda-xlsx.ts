import ExcelJS from "exceljs";
import { formatDate } from "@/lib/format";
import type { AgendaBook } from "../agenda";

const INCOMING_COLUMNS = [
  { header: "No. Agenda", key: "number", width: 16 },
  { header: "Tanggal Diterima", key: "date", width: 14 },
  { header: "Nomor Surat", key: "senderNumber", width: 22 },
  { header: "Tanggal Surat", key: "senderDate", width: 14 },
  { header: "Pengirim", key: "party", width: 28 },
  { header: "Perihal", key: "subject", width: 44 },
  { header: "Sifat", key: "nature", width: 10 },
  { header: "Klasifikasi", key: "classificationCode", width: 12 },
  { header: "Tujuan / Disposisi", key: "handling", width: 36 },
  { header: "Status", key: "status", width: 16 },
];

const OUTGOING_COLUMNS = [
  { header: "Nomor Surat", key: "number", width: 26 },
  { header: "Tanggal Surat", key: "date", width: 14 },
  { header: "Kepada", key: "party", width: 32 },
  { header: "Perihal", key: "subject", width: 44 },
  { header: "Sifat", key: "nature", width: 10 },
  { header: "Klasifikasi", key: "classificationCode", width: 12 },
  { header: "Penanda Tangan", key: "handling", width: 28 },
  { header: "Status", key: "status", width: 18 },
];

/** Text cells only: a leading = + - @ would make a spreadsheet evaluate user input as a formula. */
function safeCell(v: string | undefined | null): string {
  const s = v ?? "";
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

/** The agenda book as an XLSX workbook (one sheet, header row frozen). */
export async function agendaXlsx(book: AgendaBook): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Si Dilan — Sekretariat DPRD Kota Balikpapan";
  const ws = wb.addWorksheet("Buku Agenda", {
    pageSetup: { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const columns = book.direction === "masuk" ? INCOMING_COLUMNS : OUTGOING_COLUMNS;
  ws.addRow([
    `BUKU AGENDA SURAT ${book.direction === "masuk" ? "MASUK" : "KELUAR"} — SEKRETARIAT DPRD KOTA BALIKPAPAN`,
  ]).font = { bold: true, size: 13 };
  ws.addRow([`Periode ${formatDate(book.from)} s.d. ${formatDate(book.to)} · ${book.rows.length} entri`]);
  ws.addRow([]);
  const header = ws.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };
    cell.border = { bottom: { style: "thin" } };
  });
  columns.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
  for (const r of book.rows) {
    const rec = r as unknown as Record<string, string | null | undefined>;
    const row = ws.addRow(
      columns.map((c) =>
        c.key === "date" || c.key === "senderDate" ? (rec[c.key] ? formatDate(rec[c.key]!) : "") : safeCell(rec[c.key]),
      ),
    );
    row.alignment = { vertical: "top", wrapText: true };
  }
  ws.views = [{ state: "frozen", ySplit: 4 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
