import "server-only";
import ExcelJS from "exceljs";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { db, type Db } from "@/lib/db";
import { errors } from "@/lib/errors";
import { toCsv } from "@/lib/http/csv";
import { POKIR_SOURCE_LABELS } from "./constants";
import { listPeriods } from "./periods";
import { proposalsForExport, type ProposalView } from "./read";

/** SIPD columns, in the order staff enter them. */
export const SIPD_COLUMNS = [
  "No",
  "Usulan",
  "Masalah",
  "Alamat Lokasi",
  "Kelurahan",
  "Kecamatan",
  "Bidang/Urusan",
  "OPD Tujuan",
  "Volume",
  "Satuan",
  "Perkiraan Anggaran",
  "Pengusul (Anggota)",
  "Dapil",
  "Sumber",
] as const;

export type ExportGroup = "dapil" | "anggota" | "opd";

/** One export row with the SIPD columns. */
export function sipdRow(p: ProposalView, no: number): (string | number)[] {
  return [
    no,
    `${p.title}: ${p.usulan}`,
    p.masalah,
    `${p.address}, RT ${p.rt}${p.rw ? `/RW ${p.rw}` : ""}`,
    p.kelurahan,
    p.kecamatan,
    p.bidang ? `${p.bidangCode} ${p.bidang}` : "",
    p.opd ?? "",
    p.volume,
    p.unit,
    p.estimatedCost ?? 0,
    p.adopterName ?? "",
    p.dapil ?? "",
    POKIR_SOURCE_LABELS[p.source],
  ];
}

function groupKey(p: ProposalView, by: ExportGroup): string {
  return by === "dapil"
    ? (p.dapil ?? "Tanpa dapil")
    : by === "anggota"
      ? (p.adopterName ?? "Belum diadopsi")
      : (p.opd ?? "OPD belum ditentukan");
}

/** Adopted (and later) pokir of a period grouped for export, after the permission check. */
export async function exportData(
  actor: Actor | null,
  q: { periodId: number; dapilId?: number; memberId?: string; opdId?: number; by: ExportGroup },
  tx: Db = db,
) {
  await requirePermission(actor, "pokir.export", tx);
  const period = (await listPeriods(tx)).find((p) => p.id === q.periodId);
  if (!period) throw errors.notFound("Periode pokir");
  const rows = await proposalsForExport(
    { ...q, statuses: ["diadopsi", "difinalisasi", "diinput_sipd", "diakomodir", "tidak_diakomodir"] },
    tx,
  );
  const groups = new Map<string, ProposalView[]>();
  for (const r of rows) {
    const k = groupKey(r, q.by);
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  return { period, rows, groups };
}

/** CSV with the SIPD columns (one table; the group is a column already). */
export function sipdCsv(rows: ProposalView[]): string {
  return toCsv(
    [...SIPD_COLUMNS],
    rows.map((r, i) => sipdRow(r, i + 1)),
  );
}

function safe(v: string | number): string | number {
  return typeof v === "string" && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

/** XLSX: one sheet per group (dapil, member or OPD) with the SIPD columns and a total row. */
export async function sipdXlsx(periodName: string, groups: Map<string, ProposalView[]>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Si Dilan — Sekretariat DPRD Kota Balikpapan";
  const used = new Set<string>();
  for (const [name, rows] of groups.size ? groups : new Map([["Pokir", []]])) {
    let sheet = name.replace(/[\\/?*[\]:]/g, " ").slice(0, 28) || "Pokir";
    while (used.has(sheet)) sheet = `${sheet.slice(0, 26)}_${used.size}`;
    used.add(sheet);
    const ws = wb.addWorksheet(sheet, {
      pageSetup: { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    ws.addRow([`POKOK-POKOK PIKIRAN DPRD KOTA BALIKPAPAN — ${periodName} — ${name}`]).font = { bold: true, size: 12 };
    ws.addRow([]);
    const header = ws.addRow([...SIPD_COLUMNS]);
    header.font = { bold: true };
    rows.forEach((r, i) => {
      const row = ws.addRow(sipdRow(r, i + 1).map(safe));
      row.alignment = { vertical: "top", wrapText: true };
    });
    const total = ws.addRow([
      "",
      "Jumlah",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      rows.reduce((s, r) => s + (r.estimatedCost ?? 0), 0),
    ]);
    total.font = { bold: true };
    [5, 50, 40, 30, 18, 18, 26, 30, 10, 10, 18, 26, 18, 12].forEach((w, i) => (ws.getColumn(i + 1).width = w));
    ws.getColumn(11).numFmt = "#,##0";
    ws.views = [{ state: "frozen", ySplit: 3 }];
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
