import { Document, Page, View, renderToBuffer } from "@react-pdf/renderer";
import { Text } from "@/lib/pdf/text.mjs";
import { formatDateTime, formatRupiah } from "@/lib/format";
import { Kop } from "@/lib/letters/pdf/kop";
import { pdf } from "@/lib/letters/pdf/styles";
import { registerPdfFonts } from "@/lib/pdf/fonts";
import { POKIR_SOURCE_LABELS } from "../constants";
import type { ProposalView } from "../read";
import { formatNumber } from "@/lib/format";

const COLS: { label: string; w: string; get: (r: ProposalView, i: number) => string }[] = [
  { label: "No", w: "4%", get: (_r, i) => String(i + 1) },
  { label: "Usulan", w: "28%", get: (r) => r.title },
  { label: "Lokasi", w: "20%", get: (r) => `${r.address}, RT ${r.rt}, Kel. ${r.kelurahan}` },
  { label: "Bidang / OPD", w: "18%", get: (r) => `${r.bidang ?? "-"}\n${r.opd ?? "-"}` },
  { label: "Volume", w: "10%", get: (r) => `${formatNumber(r.volume)} ${r.unit}` },
  { label: "Perkiraan", w: "12%", get: (r) => formatRupiah(r.estimatedCost) },
  { label: "Sumber", w: "8%", get: (r) => POKIR_SOURCE_LABELS[r.source] },
];

const sum = (rows: ProposalView[]) => rows.reduce((s, r) => s + (r.estimatedCost ?? 0), 0);

/** Rekapitulasi Pokok-Pokok Pikiran DPRD per period, grouped by dapil and member, with totals. */
export function RekapPdf({
  periodName,
  rows,
  printedAt,
}: {
  periodName: string;
  rows: ProposalView[];
  printedAt: Date;
}) {
  const byDapil = new Map<string, Map<string, ProposalView[]>>();
  for (const r of rows) {
    const d = r.dapil ?? "Tanpa dapil";
    const m = r.adopterName ?? "Belum diadopsi";
    if (!byDapil.has(d)) byDapil.set(d, new Map());
    const members = byDapil.get(d)!;
    members.set(m, [...(members.get(m) ?? []), r]);
  }
  return (
    <Document
      title={`Rekapitulasi Pokok-Pokok Pikiran DPRD Kota Balikpapan ${periodName}`}
      author="Sekretariat DPRD Kota Balikpapan"
      language="id"
    >
      <Page size="A4" orientation="landscape" style={{ ...pdf.page, fontSize: 8, lineHeight: "10pt" }}>
        <Kop />
        <Text style={pdf.heading}>REKAPITULASI POKOK-POKOK PIKIRAN DPRD KOTA BALIKPAPAN</Text>
        <Text
          style={{ textAlign: "center", marginBottom: 8 }}
        >{`${periodName} · ${rows.length} usulan · jumlah ${formatRupiah(sum(rows))}`}</Text>
        {rows.length === 0 ? <Text>Belum ada pokir yang diadopsi pada periode ini.</Text> : null}
        {[...byDapil.entries()].map(([d, members]) => (
          <View key={d} style={{ marginBottom: 8 }}>
            <Text minPresenceAhead={60} style={{ fontWeight: "bold", fontSize: 10, marginTop: 6, lineHeight: "13pt" }}>
              {d}
            </Text>
            {[...members.entries()].map(([m, items]) => (
              <View key={m} style={{ marginTop: 4 }}>
                <Text
                  minPresenceAhead={40}
                  style={{ fontWeight: "bold", marginBottom: 2 }}
                >{`${m} — ${items.length} usulan`}</Text>
                <View style={{ flexDirection: "row", backgroundColor: "#e5e7eb", borderWidth: 0.6 }}>
                  {COLS.map((c) => (
                    <Text key={c.label} style={{ width: c.w, padding: 2, fontWeight: "bold" }}>
                      {c.label}
                    </Text>
                  ))}
                </View>
                {items.map((r, i) => (
                  <View key={r.id} wrap={false} style={{ flexDirection: "row", borderWidth: 0.6, borderTopWidth: 0 }}>
                    {COLS.map((c) => (
                      <Text key={c.label} style={{ width: c.w, padding: 2 }}>
                        {c.get(r, i)}
                      </Text>
                    ))}
                  </View>
                ))}
                <Text
                  style={{ textAlign: "right", fontWeight: "bold", marginTop: 2 }}
                >{`Jumlah ${m}: ${formatRupiah(sum(items))}`}</Text>
              </View>
            ))}
            <Text
              style={{ textAlign: "right", fontWeight: "bold", marginTop: 3 }}
            >{`Jumlah ${d}: ${formatRupiah(sum([...members.values()].flat()))}`}</Text>
          </View>
        ))}
        <Text
          style={{ textAlign: "right", fontWeight: "bold", fontSize: 10, marginTop: 6 }}
        >{`JUMLAH SELURUHNYA: ${formatRupiah(sum(rows))}`}</Text>
        <View style={pdf.footer} fixed>
          <Text>{`Si Dilan · rekapitulasi pokir · dicetak ${formatDateTime(printedAt)}`}</Text>
          <Text render={({ pageNumber, totalPages }) => `Halaman ${pageNumber} dari ${totalPages}`} />
        </View>
      </Page>
    </Document>
  );
}

/** Render the recap to PDF bytes. */
export async function renderRekapPdf(periodName: string, rows: ProposalView[]): Promise<Buffer> {
  registerPdfFonts();
  return renderToBuffer(<RekapPdf periodName={periodName} rows={rows} printedAt={new Date()} />);
}
