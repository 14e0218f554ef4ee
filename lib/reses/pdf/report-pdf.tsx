import { Document, Page, StyleSheet, View, renderToBuffer } from "@react-pdf/renderer";
import { Kop } from "@/lib/epaper/pdf/letter-pdf";
import { PDF_FONT, registerPdfFonts } from "@/lib/pdf/fonts";
import { Text } from "@/lib/pdf/text.mjs";

/** Everything the Laporan Hasil Reses PDF shows, already formatted. */
export interface ResesReportPdfData {
  kop: { title: string; city: string; address: string };
  periodLabel: string;
  memberName: string;
  memberLine: string;
  placeDate: string;
  events: { date: string; place: string; kelurahan: string; attendees: number }[];
  totalAttendees: number;
  bidang: { name: string; count: number }[];
  pokirCount: number;
  pokirByStatus: { label: string; count: number }[];
  summary: string;
  followUp: string;
}

// Every lineHeight in points (react-pdf 4.9 crashes on unitless ones: STACK-NOTES).
const s = StyleSheet.create({
  page: { fontFamily: PDF_FONT, fontSize: 10.5, paddingTop: 30, paddingBottom: 60, paddingHorizontal: 56 },
  title: { textAlign: "center", fontWeight: "bold", fontSize: 12, lineHeight: "15pt" },
  subtitle: { textAlign: "center", marginBottom: 14, lineHeight: "14pt" },
  h: { fontWeight: "bold", marginTop: 12, marginBottom: 4, lineHeight: "14pt" },
  p: { lineHeight: "15pt", textAlign: "justify", marginBottom: 4 },
  row: { flexDirection: "row", borderBottomWidth: 0.5, borderColor: "#999", paddingVertical: 3 },
  cellNo: { width: 22 },
  cellDate: { width: 92 },
  cellPlace: { flex: 1, paddingRight: 6 },
  cellNum: { width: 60, textAlign: "right" },
  sign: { marginTop: 24, marginLeft: 250, lineHeight: "14pt" },
  signNote: { fontSize: 7.5, borderWidth: 0.6, borderColor: "#555", padding: 4, marginVertical: 6 },
  footer: {
    position: "absolute",
    bottom: 22,
    left: 56,
    right: 56,
    borderTopWidth: 0.5,
    borderColor: "#666",
    paddingTop: 4,
    fontSize: 7,
    lineHeight: "9pt",
    textAlign: "center",
  },
});

function Events({ d }: { d: ResesReportPdfData }) {
  if (!d.events.length) return <Text style={s.p}>Tidak ada kegiatan reses yang tercatat pada periode ini.</Text>;
  return (
    <View>
      <View style={[s.row, { fontWeight: "bold" }]}>
        <Text style={s.cellNo}>No</Text>
        <Text style={s.cellDate}>Tanggal</Text>
        <Text style={s.cellPlace}>Tempat</Text>
        <Text style={s.cellNum}>Peserta</Text>
      </View>
      {d.events.map((e, i) => (
        <View key={i} style={s.row} wrap={false}>
          <Text style={s.cellNo}>{`${i + 1}.`}</Text>
          <Text style={s.cellDate}>{e.date}</Text>
          <Text style={s.cellPlace}>{`${e.place}, Kelurahan ${e.kelurahan}`}</Text>
          <Text style={s.cellNum}>{String(e.attendees)}</Text>
        </View>
      ))}
      <Text style={[s.p, { marginTop: 4 }]}>{`Jumlah peserta seluruhnya: ${d.totalAttendees} orang.`}</Text>
    </View>
  );
}

function Aspirations({ d }: { d: ResesReportPdfData }) {
  return (
    <View>
      {d.bidang.length ? (
        d.bidang.map((b, i) => <Text key={i} style={s.p}>{`${i + 1}. ${b.name}: ${b.count} usulan`}</Text>)
      ) : (
        <Text style={s.p}>Tidak ada aspirasi yang dicatat sebagai usulan pokir dari reses ini.</Text>
      )}
      <Text style={s.p}>{`Pokok-pokok pikiran yang diusulkan dari reses: ${d.pokirCount}.`}</Text>
      {d.pokirByStatus.map((p, i) => (
        <Text key={i} style={s.p}>{`   - ${p.label}: ${p.count}`}</Text>
      ))}
    </View>
  );
}

/** The Laporan Hasil Reses of one member for one period, on the DPRD letterhead (PP 12/2018 art. 88). */
export function ResesReportPdf({ d }: { d: ResesReportPdfData }) {
  return (
    <Document
      title={`Laporan Hasil ${d.periodLabel} — ${d.memberName}`}
      author={d.memberName}
      creator="Si Dilan E-Reses"
      language="id"
    >
      <Page size="A4" style={s.page}>
        <Kop kop={d.kop} />
        <Text style={s.title}>LAPORAN HASIL RESES</Text>
        <Text style={s.subtitle}>{`${d.periodLabel}\n${d.memberName} — ${d.memberLine}`}</Text>
        <Text style={s.h} minPresenceAhead={40}>
          I. Waktu, tempat dan peserta
        </Text>
        <Events d={d} />
        <Text style={s.h} minPresenceAhead={40}>
          II. Aspirasi yang dihimpun, menurut bidang
        </Text>
        <Aspirations d={d} />
        <Text style={s.h} minPresenceAhead={40}>
          III. Tanggapan, aspirasi dan pengaduan
        </Text>
        <Text style={s.p}>{d.summary}</Text>
        <Text style={s.h} minPresenceAhead={40}>
          IV. Tindak lanjut
        </Text>
        <Text style={s.p}>{d.followUp || "-"}</Text>
        <View style={s.sign} wrap={false}>
          <Text>{d.placeDate}</Text>
          <Text style={{ fontWeight: "bold" }}>Anggota DPRD Kota Balikpapan,</Text>
          <Text style={s.signNote}>{`Ditandatangani secara elektronik oleh:\n${d.memberName}`}</Text>
          <Text style={{ fontWeight: "bold", textDecoration: "underline" }}>{d.memberName}</Text>
        </View>
        <Text style={s.footer} fixed>
          {`Disampaikan kepada Pimpinan DPRD Kota Balikpapan melalui Si Dilan (E-Reses). Dokumen ini ditandatangani secara elektronik; keabsahan tanda tangan dapat diperiksa di pembaca PDF.`}
        </Text>
      </Page>
    </Document>
  );
}

/** Render the (unsigned) report PDF in-process. */
export async function renderResesReportPdf(d: ResesReportPdfData): Promise<Buffer> {
  registerPdfFonts();
  return renderToBuffer(<ResesReportPdf d={d} />);
}
