import { Document, Page, View, renderToBuffer } from "@react-pdf/renderer";
import { Text } from "@/lib/pdf/text.mjs";
import { formatDate, formatDateTime } from "@/lib/format";
import { registerPdfFonts } from "@/lib/pdf/fonts";
import { DISPOSISI_STATUS_LABELS, INSTRUCTIONS, INSTRUCTION_LABELS, NATURES, NATURE_LABELS } from "../constants";
import type { DisposisiNode } from "../disposisi/tree";
import type { IncomingDetail } from "../incoming-detail";
import { Kop } from "./kop";
import { pdf } from "./styles";

const box = { borderWidth: 0.8, borderColor: "#111" } as const;
const cell = { padding: 5 } as const;
const CHECK = (on: boolean) => (on ? "☑" : "☐");

function Field({ label, value }: { label: string; value: string }) {
  return (
    <View style={{ flexDirection: "row", marginBottom: 2 }}>
      <Text style={{ width: 78 }}>{label}</Text>
      <Text style={{ width: 8 }}>:</Text>
      <Text style={{ flex: 1 }}>{value}</Text>
    </View>
  );
}

/** Depth-first order so sub-dispositions follow their parent. */
function treeOrder(nodes: DisposisiNode[]): DisposisiNode[] {
  const out: DisposisiNode[] = [];
  const walk = (parent: string | null) =>
    nodes.filter((n) => n.parentId === parent).forEach((n) => (out.push(n), walk(n.id)));
  walk(null);
  return out;
}

const COLS = [
  { label: "Diteruskan kepada", w: "22%" },
  { label: "Instruksi", w: "21%" },
  { label: "Catatan", w: "20%" },
  { label: "Batas waktu", w: "11%" },
  { label: "Diterima", w: "13%" },
  { label: "Status", w: "13%" },
];

function BranchTable({ nodes }: { nodes: DisposisiNode[] }) {
  const rows = treeOrder(nodes);
  return (
    <View style={{ ...box, fontSize: 8, lineHeight: "10.5pt" }}>
      <View style={{ flexDirection: "row", backgroundColor: "#e5e7eb" }}>
        {COLS.map((c) => (
          <Text key={c.label} style={{ width: c.w, padding: 3, fontWeight: "bold" }}>
            {c.label}
          </Text>
        ))}
      </View>
      {rows.map((n) => (
        <View key={n.id} wrap={false} style={{ flexDirection: "row", borderTopWidth: 0.5, borderTopColor: "#999" }}>
          <Text
            style={{
              width: COLS[0].w,
              padding: 3,
              paddingLeft: 3 + n.depth * 8,
              fontWeight: n.depth === 0 ? "bold" : "normal",
            }}
          >
            {`${n.depth ? "↳ " : ""}${n.recipientLabel}\n`}
            <Text style={pdf.small}>{`dari ${n.fromLabel}`}</Text>
          </Text>
          <Text style={{ width: COLS[1].w, padding: 3 }}>
            {n.instructions.map((i) => `☑ ${INSTRUCTION_LABELS[i]}`).join("\n")}
          </Text>
          <Text style={{ width: COLS[2].w, padding: 3 }}>
            {[n.note, n.reportNote ? `Laporan: ${n.reportNote}` : null].filter(Boolean).join("\n") || "—"}
          </Text>
          <Text style={{ width: COLS[3].w, padding: 3 }}>{n.dueOn ? formatDate(n.dueOn) : "—"}</Text>
          <Text style={{ width: COLS[4].w, padding: 3 }}>
            {n.receivedAt ? `${formatDateTime(n.receivedAt)}${n.receivedByName ? `\n${n.receivedByName}` : ""}` : "—"}
          </Text>
          <Text
            style={{ width: COLS[5].w, padding: 3 }}
          >{`${DISPOSISI_STATUS_LABELS[n.status]}${n.overdue ? "\nTERLAMBAT" : ""}`}</Text>
        </View>
      ))}
    </View>
  );
}

/** The printable disposition sheet in the usual layout; blank lines for handwriting when not yet disposed. */
export function LembarDisposisi({ detail, printedAt }: { detail: IncomingDetail; printedAt: Date }) {
  const l = detail.letter;
  const roots = detail.branches.filter((b) => b.parentId === null);
  const used = new Set(roots.flatMap((r) => r.instructions));
  const notes = roots
    .map((r) => r.note)
    .filter(Boolean)
    .join("\n");
  return (
    <Document title={`Lembar Disposisi ${l.agendaNumber}`} author="Sekretariat DPRD Kota Balikpapan" language="id">
      <Page size="A4" style={pdf.page}>
        <Kop />
        <Text style={pdf.heading}>LEMBAR DISPOSISI</Text>
        {l.nature === "rahasia" ? (
          <Text style={{ ...pdf.heading, color: "#b91c1c", fontSize: 10 }}>RAHASIA</Text>
        ) : null}
        <View style={{ ...box, flexDirection: "row" }}>
          <View style={{ ...cell, width: "55%", borderRightWidth: 0.8 }}>
            <Field label="Surat dari" value={l.sender} />
            <Field label="Nomor surat" value={l.senderNumber} />
            <Field label="Tanggal surat" value={formatDate(l.senderDate)} />
          </View>
          <View style={{ ...cell, width: "45%" }}>
            <Field label="Diterima tgl." value={formatDate(l.receivedOn)} />
            <Field label="Nomor agenda" value={l.agendaNumber} />
            <Text
              style={{ marginTop: 2 }}
            >{`Sifat: ${NATURES.map((n) => `${CHECK(l.nature === n)} ${NATURE_LABELS[n]}`).join("   ")}`}</Text>
          </View>
        </View>
        <View style={{ ...box, ...cell, borderTopWidth: 0 }}>
          <Field label="Perihal" value={l.subject} />
          <Field label="Klasifikasi" value={l.classificationCode} />
          <Field label="Ditujukan" value={l.addressee} />
        </View>
        <View style={{ ...box, borderTopWidth: 0, flexDirection: "row", minHeight: 120 }}>
          <View style={{ ...cell, width: "55%", borderRightWidth: 0.8 }}>
            <Text style={pdf.bold}>Diteruskan kepada Sdr.:</Text>
            {(roots.length ? roots.map((r) => r.recipientLabel) : ["", "", "", ""]).map((name, i) => (
              <Text
                key={i}
                style={{ marginTop: 3 }}
              >{`${i + 1}. ${name || "........................................................"}`}</Text>
            ))}
          </View>
          <View style={{ ...cell, width: "45%" }}>
            <Text style={pdf.bold}>Dengan hormat harap:</Text>
            {INSTRUCTIONS.map((i) => (
              <Text key={i} style={{ marginTop: 2 }}>{`${CHECK(used.has(i))} ${INSTRUCTION_LABELS[i]}`}</Text>
            ))}
          </View>
        </View>
        <View style={{ ...box, ...cell, borderTopWidth: 0, minHeight: 90, flexDirection: "row" }}>
          <View style={{ width: "60%" }}>
            <Text style={pdf.bold}>Catatan:</Text>
            <Text>{notes || "\n\n"}</Text>
          </View>
          <View style={{ width: "40%", alignItems: "center" }}>
            <Text>{`Balikpapan, ${formatDate(roots[0]?.createdAt ?? printedAt)}`}</Text>
            <Text style={{ ...pdf.bold, marginTop: 2 }}>{roots[0]?.fromLabel ?? l.addressee}</Text>
            <Text style={{ marginTop: 36 }}>(.................................)</Text>
          </View>
        </View>
        {detail.branches.length ? (
          <View style={{ marginTop: 10 }}>
            <Text style={{ ...pdf.bold, marginBottom: 3 }}>Alur disposisi dan tindak lanjut</Text>
            <BranchTable nodes={detail.branches} />
          </View>
        ) : null}
        <View style={pdf.footer} fixed>
          <Text>{`Si Dilan · Lembar disposisi ${l.agendaNumber} · dicetak ${formatDateTime(printedAt)}`}</Text>
          <Text render={({ pageNumber, totalPages }) => `Halaman ${pageNumber} dari ${totalPages}`} />
        </View>
      </Page>
    </Document>
  );
}

/** Render the lembar disposisi to PDF bytes. */
export async function renderLembarDisposisi(detail: IncomingDetail): Promise<Buffer> {
  registerPdfFonts();
  return renderToBuffer(<LembarDisposisi detail={detail} printedAt={new Date()} />);
}
