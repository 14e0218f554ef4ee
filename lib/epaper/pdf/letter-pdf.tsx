import { Document, Image, Page, StyleSheet, View, renderToBuffer } from "@react-pdf/renderer";
import { PDF_FONT, registerPdfFonts } from "@/lib/pdf/fonts";
import { PDF_LOGO } from "@/lib/pdf/logo";
import { Text } from "@/lib/pdf/text.mjs";
import { SignatureBlock } from "./signature-block";

/** Everything the letter PDF shows, already formatted. */
export interface LetterPdfData {
  kop: { title: string; city: string; address: string };
  heading: string | null;
  placeDate: string;
  number: string;
  nature: string;
  attachments: string;
  subject: string;
  recipients: string[];
  body: string;
  copies: string[];
  signature: { capacity: string[]; name: string; detail: string | null; qrDataUrl: string | null };
  verifyUrl: string;
  code: string;
  /** A preview for the signer: no number, no QR code, no claim of a signature. */
  preview?: boolean;
}

// Every lineHeight in points (react-pdf 4.9 crashes on unitless ones: STACK-NOTES).
const s = StyleSheet.create({
  page: {
    fontFamily: PDF_FONT,
    fontSize: 10.5,
    paddingTop: 30,
    paddingBottom: 60,
    paddingHorizontal: 56,
    color: "#000",
  },
  kopRow: { flexDirection: "row", alignItems: "center" },
  kopText: { flex: 1, paddingRight: 52, textAlign: "center" },
  kopTitle: { fontSize: 13, fontWeight: "bold", lineHeight: "16pt" },
  kopCity: { fontSize: 15, fontWeight: "bold", lineHeight: "19pt" },
  kopAddr: { fontSize: 8.5, lineHeight: "11pt" },
  rule: { borderBottomWidth: 2.4, marginTop: 5, marginBottom: 1.2 },
  ruleThin: { borderBottomWidth: 0.6, marginBottom: 14 },
  heading: {
    textAlign: "center",
    fontWeight: "bold",
    fontSize: 12,
    textDecoration: "underline",
    lineHeight: "15pt",
    marginBottom: 2,
  },
  headingNo: { textAlign: "center", marginBottom: 12, lineHeight: "14pt" },
  date: { textAlign: "right", marginBottom: 8, lineHeight: "14pt" },
  meta: { flexDirection: "row", lineHeight: "14pt" },
  metaLabel: { width: 62 },
  metaColon: { width: 10 },
  metaValue: { flex: 1 },
  to: { marginTop: 14, marginLeft: 72, lineHeight: "14pt" },
  body: { marginTop: 14, marginLeft: 72, lineHeight: "15pt" },
  para: { marginBottom: 7, textAlign: "justify" },
  copies: { marginTop: 18, fontSize: 9.5, lineHeight: "13pt" },
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
    color: "#333",
    textAlign: "center",
  },
});

/** The DPRD letterhead (kop): logo, name, city, address, double rule. Shared by every DPRD document. */
export function Kop({ kop }: { kop: LetterPdfData["kop"] }) {
  return (
    <View>
      <View style={s.kopRow}>
        {/* eslint-disable-next-line jsx-a11y/alt-text -- a react-pdf Image, not an HTML img */}
        <Image src={PDF_LOGO} style={{ width: 52, height: 58 }} />
        <View style={s.kopText}>
          <Text style={s.kopTitle}>{kop.title}</Text>
          <Text style={s.kopCity}>{kop.city}</Text>
          <Text style={s.kopAddr}>{kop.address}</Text>
        </View>
      </View>
      <View style={s.rule} />
      <View style={s.ruleThin} />
    </View>
  );
}

function Meta({ d }: { d: LetterPdfData }) {
  const rows: [string, string][] = [
    ["Nomor", d.number],
    ["Sifat", d.nature],
    ["Lampiran", d.attachments],
    ["Hal", d.subject],
  ];
  return (
    <View>
      {rows.map(([label, value]) => (
        <View key={label} style={s.meta}>
          <Text style={s.metaLabel}>{label}</Text>
          <Text style={s.metaColon}>:</Text>
          <Text style={label === "Hal" ? { ...s.metaValue, fontWeight: "bold" } : s.metaValue}>{value}</Text>
        </View>
      ))}
    </View>
  );
}

function Body({ d }: { d: LetterPdfData }) {
  return (
    <View style={s.body}>
      {d.body.split(/\n{2,}/).map((p, i) => (
        <Text key={i} style={s.para}>
          {p}
        </Text>
      ))}
    </View>
  );
}

function Copies({ copies }: { copies: string[] }) {
  if (!copies.length) return null;
  return (
    <View style={s.copies} wrap={false}>
      <Text style={{ textDecoration: "underline" }}>Tembusan:</Text>
      {copies.map((c, i) => (
        <Text key={i}>{`${i + 1}. ${c};`}</Text>
      ))}
    </View>
  );
}

/** An official letter of the DPRD Kota Balikpapan (tata naskah dinas layout). */
export function LetterPdf({ d }: { d: LetterPdfData }) {
  return (
    <Document
      title={d.preview ? `Pratinjau — ${d.subject}` : `${d.number} — ${d.subject}`}
      author="DPRD Kota Balikpapan"
      creator="Si Dilan E-Paper"
      language="id"
    >
      <Page size="A4" style={s.page}>
        <Kop kop={d.kop} />
        {d.heading ? (
          <View>
            <Text style={s.heading}>{d.heading}</Text>
            <Text style={s.headingNo}>{`Nomor: ${d.number}`}</Text>
          </View>
        ) : null}
        <Text style={s.date}>{d.placeDate}</Text>
        <Meta d={d} />
        <View style={s.to}>
          <Text>Yth.</Text>
          {d.recipients.map((r, i) => (
            <Text key={i}>{d.recipients.length > 1 ? `${i + 1}. ${r}` : r}</Text>
          ))}
          <Text>di</Text>
          <Text style={{ marginLeft: 16 }}>Balikpapan</Text>
        </View>
        <Body d={d} />
        <SignatureBlock sig={d.signature} />
        <Copies copies={d.copies} />
        <Text style={s.footer} fixed>
          {d.preview
            ? "PRATINJAU — belum ditandatangani. Nomor, kode QR dan tanda tangan elektronik dibubuhkan saat penandatanganan."
            : `Dokumen ini ditandatangani secara elektronik menggunakan sertifikat elektronik dan sah tanpa tanda tangan basah. Periksa keasliannya di ${d.verifyUrl} (kode ${d.code}).`}
        </Text>
      </Page>
    </Document>
  );
}

/** Render the (unsigned) letter PDF in-process. */
export async function renderLetterPdf(d: LetterPdfData): Promise<Buffer> {
  registerPdfFonts();
  return renderToBuffer(<LetterPdf d={d} />);
}
