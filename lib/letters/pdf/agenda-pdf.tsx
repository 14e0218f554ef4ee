import { Document, Page, View, renderToBuffer } from "@react-pdf/renderer";
import { Text } from "@/lib/pdf/text.mjs";
import { formatDate, formatDateTime } from "@/lib/format";
import { registerPdfFonts } from "@/lib/pdf/fonts";
import type { AgendaBook, AgendaRow } from "../agenda";
import { Kop } from "./kop";
import { pdf } from "./styles";

type Col = { label: string; w: string; get: (r: AgendaRow) => string };

const INCOMING: Col[] = [
  { label: "No. Agenda", w: "10%", get: (r) => r.number },
  { label: "Diterima", w: "9%", get: (r) => (r.date ? formatDate(r.date) : "") },
  {
    label: "Nomor / Tgl. Surat",
    w: "14%",
    get: (r) => `${r.senderNumber ?? ""}\n${r.senderDate ? formatDate(r.senderDate) : ""}`,
  },
  { label: "Pengirim", w: "15%", get: (r) => r.party },
  { label: "Perihal", w: "23%", get: (r) => r.subject },
  { label: "Sifat / Klas.", w: "8%", get: (r) => `${r.nature}\n${r.classificationCode}` },
  { label: "Tujuan / Disposisi", w: "13%", get: (r) => r.handling },
  { label: "Status", w: "8%", get: (r) => r.status },
];

const OUTGOING: Col[] = [
  { label: "Nomor Surat", w: "16%", get: (r) => r.number },
  { label: "Tanggal", w: "9%", get: (r) => (r.date ? formatDate(r.date) : "") },
  { label: "Kepada", w: "18%", get: (r) => r.party },
  { label: "Perihal", w: "27%", get: (r) => r.subject },
  { label: "Sifat / Klas.", w: "8%", get: (r) => `${r.nature}\n${r.classificationCode}` },
  { label: "Penanda Tangan", w: "13%", get: (r) => r.handling },
  { label: "Status", w: "9%", get: (r) => r.status },
];

/** The agenda book as a landscape table; the column header repeats on every page. */
export function AgendaPdf({ book, printedAt }: { book: AgendaBook; printedAt: Date }) {
  const cols = book.direction === "masuk" ? INCOMING : OUTGOING;
  const title = `BUKU AGENDA SURAT ${book.direction === "masuk" ? "MASUK" : "KELUAR"}`;
  return (
    <Document title={`${title} ${book.from} – ${book.to}`} author="Sekretariat DPRD Kota Balikpapan" language="id">
      <Page size="A4" orientation="landscape" style={{ ...pdf.page, fontSize: 8, lineHeight: "10pt" }}>
        <Kop />
        <Text style={pdf.heading}>{title}</Text>
        <Text
          style={{ textAlign: "center", marginBottom: 6 }}
        >{`Periode ${formatDate(book.from)} s.d. ${formatDate(book.to)} · ${book.rows.length} entri`}</Text>
        <View fixed style={{ flexDirection: "row", backgroundColor: "#e5e7eb", borderWidth: 0.6, height: 18 }}>
          {cols.map((c) => (
            <Text key={c.label} style={{ width: c.w, padding: 3, fontWeight: "bold" }}>
              {c.label}
            </Text>
          ))}
        </View>
        {book.rows.length === 0 ? <Text style={{ padding: 6 }}>Tidak ada surat dalam periode ini.</Text> : null}
        {book.rows.map((r, i) => (
          <View
            key={`${r.number}-${i}`}
            wrap={false}
            style={{ flexDirection: "row", borderWidth: 0.6, borderTopWidth: 0 }}
          >
            {cols.map((c) => (
              <Text key={c.label} style={{ width: c.w, padding: 3 }}>
                {c.get(r)}
              </Text>
            ))}
          </View>
        ))}
        <View style={pdf.footer} fixed>
          <Text>{`Si Dilan · ${title.toLowerCase()} · dicetak ${formatDateTime(printedAt)}`}</Text>
          <Text render={({ pageNumber, totalPages }) => `Halaman ${pageNumber} dari ${totalPages}`} />
        </View>
      </Page>
    </Document>
  );
}

/** Render the agenda book to PDF bytes. */
export async function renderAgendaPdf(book: AgendaBook): Promise<Buffer> {
  registerPdfFonts();
  return renderToBuffer(<AgendaPdf book={book} printedAt={new Date()} />);
}
