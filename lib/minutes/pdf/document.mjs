// The minutes PDF as a react-pdf element tree. Plain ESM (no JSX, no TypeScript) so the render worker
// thread can load it without a build step; types are in document.d.mts.
import { Document, Image, Page, StyleSheet, View } from "@react-pdf/renderer";
import { createElement as h } from "react";
// Never hyphenates, not even where a word spans two styled runs ("**umum**."): see text.mjs.
import { Text } from "../../pdf/text.mjs";

const FONT = "DejaVuSans";
// react-pdf 4.9 crashes on long documents with unitless lineHeight: always points (STACK-NOTES).
const LH = "14.5pt";

// Room a heading needs below it for the start of its section (about three lines of text or table
// rows); with less, react-pdf moves the heading to the next page instead of leaving it alone at the
// bottom (minPresenceAhead).
const KEEP_WITH_NEXT = 46;

const s = StyleSheet.create({
  // No lineHeight on the page: react-pdf re-resolves the styles of the dynamic page-number text on
  // every page and would read an inherited "14.5pt" (already 14.5) as a multiplier, pushing the text
  // out of its box. The content wrapper carries the line height instead.
  page: { fontFamily: FONT, fontSize: 10, paddingTop: 40, paddingBottom: 56, paddingHorizontal: 50, color: "#111" },
  body: { lineHeight: LH },
  kop: { borderBottomWidth: 2.5, borderBottomColor: "#111", paddingBottom: 6, marginBottom: 2, textAlign: "center" },
  kopLine: { borderBottomWidth: 0.8, borderBottomColor: "#111", marginBottom: 14 },
  kopTitle: { fontSize: 13, fontWeight: "bold", lineHeight: "17pt" },
  kopSub: { fontSize: 9, lineHeight: "12pt" },
  title: { fontSize: 13, fontWeight: "bold", textAlign: "center", lineHeight: "17pt", marginTop: 4 },
  subtitle: { textAlign: "center", marginBottom: 12 },
  h2: { fontSize: 11, fontWeight: "bold", lineHeight: "15pt", marginTop: 12, marginBottom: 4 },
  h3: { fontWeight: "bold", marginTop: 6, marginBottom: 2 },
  row: { flexDirection: "row" },
  metaLabel: { width: 130 },
  metaColon: { width: 10 },
  metaValue: { flex: 1 },
  quorum: { marginTop: 6, padding: 6, borderWidth: 0.8, borderColor: "#444" },
  tableHead: {
    flexDirection: "row",
    backgroundColor: "#e5e7eb",
    fontWeight: "bold",
    borderBottomWidth: 0.5,
    borderColor: "#999",
  },
  tableRow: { flexDirection: "row", borderBottomWidth: 0.5, borderColor: "#ddd" },
  cNo: { width: 26, padding: 2 },
  cName: { flex: 3, padding: 2 },
  cFraksi: { flex: 2, padding: 2 },
  cStatus: { width: 70, padding: 2 },
  cTime: { width: 50, padding: 2 },
  para: { marginBottom: 4, textAlign: "justify" },
  proceeding: { marginBottom: 5, marginLeft: 8, textAlign: "justify" },
  sigBlock: { flexDirection: "row", marginTop: 24, justifyContent: "space-between" },
  sigCol: { width: 220, textAlign: "center" },
  sigSpace: { height: 44, justifyContent: "center" },
  sigNote: { fontSize: 8, color: "#444", lineHeight: "11pt" },
  verify: { flexDirection: "row", marginTop: 18, borderTopWidth: 0.5, borderColor: "#999", paddingTop: 8 },
  qr: { width: 78, height: 78, marginRight: 10 },
  small: { fontSize: 8, lineHeight: "11pt", color: "#333" },
  footer: { position: "absolute", bottom: 22, left: 50, right: 50, height: 14, fontSize: 8, color: "#444" },
});

function runs(list, keyPrefix) {
  return list.map((r, i) =>
    h(
      Text,
      {
        key: `${keyPrefix}${i}`,
        style:
          r.bold || r.italic
            ? { fontWeight: r.bold ? "bold" : "normal", fontStyle: r.italic ? "italic" : "normal" }
            : undefined,
      },
      r.text,
    ),
  );
}

// Each block list becomes ONE Text node with nested runs: react-pdf paginates by re-laying out the
// remaining nodes page after page, so fewer nodes keeps long minutes from growing quadratically.
function blocksText(list, opts = {}) {
  const children = [];
  if (opts.lead) children.push(h(Text, { key: "lead", style: { fontWeight: "bold" } }, opts.lead));
  const items = list && list.length ? list : [{ kind: "p", runs: [{ text: opts.empty ?? "—" }] }];
  items.forEach((b, i) => {
    const sep = i === 0 ? "" : "\n";
    if (b.kind === "p") {
      if (sep) children.push(sep);
      children.push(...runs(b.runs, `b${i}-`));
    } else {
      b.items.forEach((item, j) => {
        children.push(i === 0 && j === 0 ? "" : "\n", `${b.kind === "ol" ? `${j + 1}.` : "•"} `);
        children.push(...runs(item, `b${i}-${j}-`));
      });
    }
  });
  return h(Text, { key: opts.key, style: opts.style ?? s.para }, ...children);
}

// A section heading that never stays alone at the bottom of a page. A level-2 heading can be followed
// by a level-3 one ("IV. Jalannya Rapat" then "1. ..."), so it asks for that heading's room as well.
function heading(key, level, text) {
  return h(
    Text,
    { key, style: level === 2 ? s.h2 : s.h3, minPresenceAhead: level === 2 ? KEEP_WITH_NEXT + 24 : KEEP_WITH_NEXT },
    text,
  );
}

function meta(label, value, key) {
  return h(
    View,
    { key, style: s.row },
    h(Text, { style: s.metaLabel }, label),
    h(Text, { style: s.metaColon }, ":"),
    h(Text, { style: s.metaValue }, value || "—"),
  );
}

function attendanceTable(rows) {
  return h(
    View,
    null,
    h(
      View,
      { style: s.tableHead, fixed: false },
      h(Text, { style: s.cNo }, "No"),
      h(Text, { style: s.cName }, "Nama"),
      h(Text, { style: s.cFraksi }, "Fraksi"),
      h(Text, { style: s.cStatus }, "Kehadiran"),
      h(Text, { style: s.cTime }, "Jam"),
    ),
    ...rows.map((r, i) =>
      h(
        View,
        { key: i, style: s.tableRow, wrap: false },
        h(Text, { style: s.cNo }, String(i + 1)),
        h(Text, { style: s.cName }, r.name),
        h(Text, { style: s.cFraksi }, r.fraksi || "—"),
        h(Text, { style: s.cStatus }, r.status),
        h(Text, { style: s.cTime }, r.arrivedAt || "—"),
      ),
    ),
  );
}

function signature(role, person) {
  return h(
    View,
    { style: s.sigCol },
    h(Text, null, role),
    h(View, { style: s.sigSpace }, h(Text, { style: s.sigNote }, "Tanda tangan elektronik (lihat kode QR)")),
    h(Text, { style: { fontWeight: "bold" } }, person.name),
    person.detail ? h(Text, { style: s.small }, person.detail) : null,
  );
}

// Proceedings per <Page> element. react-pdf paginates each <Page> by laying out everything left in
// it again for every page it fills (quadratic in the node count), so long minutes are split into
// page groups of about this many proceedings; a new group starts on a fresh page. Short minutes stay
// in one group and flow without breaks.
const PROCEEDINGS_PER_GROUP = 24;

function footer(d) {
  // Two fixed, absolutely placed texts with an explicit height (react-pdf needs both for the dynamic
  // page number on long documents; see STACK-NOTES).
  return [
    h(
      Text,
      { key: "fl", style: [s.footer, { textAlign: "left" }], fixed: true },
      `Risalah ${d.code} · versi ${d.documentVersion}`,
    ),
    h(Text, {
      key: "fr",
      style: [s.footer, { textAlign: "right" }],
      fixed: true,
      render: ({ pageNumber, totalPages }) => `Halaman ${pageNumber} dari ${totalPages}`,
    }),
  ];
}

function closingAndSignatures(d) {
  const m = d.meeting;
  return [
    heading("ph", 2, "V. Penutup"),
    blocksText(d.closing, { key: "pc" }),
    h(
      View,
      { key: "sig", wrap: false },
      h(Text, { style: { marginTop: 16 } }, `Balikpapan, ${m.dayDate.replace(/^[^,]+, /, "")}`),
      h(
        View,
        { style: s.sigBlock },
        signature("Ketua Rapat,", d.signers.chair),
        signature("Sekretaris Rapat,", d.signers.secretary),
      ),
      h(
        View,
        { style: s.verify },
        h(Image, { src: d.qrDataUrl, style: s.qr }),
        h(
          View,
          { style: { flex: 1 } },
          h(Text, { style: { fontWeight: "bold" } }, `Kode verifikasi: ${d.code}`),
          h(Text, { style: s.small }, `Periksa keaslian dokumen ini di ${d.verifyUrl}`),
          // Rendered once before anyone signs; the signatures are added later as incremental updates
          // of this same file, so the printed text must be true before and after signing.
          h(
            Text,
            { style: s.small },
            "Dokumen final; tanda tangan elektronik dibubuhkan setelah ditandatangani ketua rapat dan sekretaris rapat (PAdES). Tanda tangan yang sah dan perubahan apa pun pada berkas terlihat di halaman verifikasi dan di pembaca PDF.",
          ),
        ),
      ),
    ),
  ];
}

function proceedingGroups(d, head) {
  const groups = [[...head, heading("h4", 2, "IV. Jalannya Rapat")]];
  let count = 0;
  const push = (node) => groups[groups.length - 1].push(node);
  d.items.forEach((it, i) => {
    // A full group ends before an item's heading, never between the heading and its first proceeding:
    // a group is a <Page>, so that heading would end a page on its own.
    if (count >= PROCEEDINGS_PER_GROUP && it.proceedings.length > 0) {
      groups.push([]);
      count = 0;
    }
    push(heading(`t${i}`, 3, `${i + 1}. ${it.title}`));
    if (it.proceedings.length === 0)
      push(h(Text, { key: `np${i}`, style: s.proceeding }, "Tidak ada pembicaraan yang dicatat."));
    it.proceedings.forEach((p, j) => {
      if (count >= PROCEEDINGS_PER_GROUP) {
        groups.push([heading(`tc${i}-${j}`, 3, `${i + 1}. ${it.title} (lanjutan)`)]);
        count = 0;
      }
      push(blocksText(p.summary, { key: `p${i}-${j}`, lead: `${p.speaker}: `, style: s.proceeding }));
      count++;
    });
    push(blocksText(it.decisions, { key: `k${i}`, lead: "Keputusan/kesimpulan: ", style: s.proceeding }));
  });
  if (d.items.length === 0) push(h(Text, { key: "na", style: s.para }, "Tidak ada acara."));
  groups[groups.length - 1].push(...closingAndSignatures(d));
  return groups;
}

/** The minutes document for react-pdf's renderToBuffer. */
export function minutesDocument(d) {
  const m = d.meeting;
  const page = (key, children) =>
    h(Page, { key, size: "A4", style: s.page, wrap: true }, h(View, { style: s.body }, ...children), ...footer(d));
  return h(
    Document,
    {
      title: `Risalah ${m.title}`,
      author: d.council.secretariat,
      subject: `Risalah rapat — kode verifikasi ${d.code}`,
      creator: "Si Dilan e-Risalah",
      producer: "Si Dilan",
      language: "id-ID",
    },
    ...proceedingGroups(d, [
      h(
        View,
        { key: "kop", style: s.kop },
        h(Text, { style: s.kopTitle }, d.council.name),
        h(Text, { style: s.kopSub }, d.council.secretariat),
        h(Text, { style: s.kopSub }, d.council.address),
      ),
      h(View, { key: "kl", style: s.kopLine }),
      h(Text, { key: "ti", style: s.title }, "RISALAH RAPAT"),
      h(Text, { key: "st", style: s.subtitle }, `${m.typeName} — ${m.title}`),
      d.correction
        ? h(
            Text,
            { key: "co", style: [s.para, { fontStyle: "italic" }] },
            `Versi ${d.documentVersion}: koreksi atas dokumen ${d.correction.supersedesCode}. Alasan: ${d.correction.reason}`,
          )
        : null,
      meta("Jenis rapat", m.typeName, "t"),
      meta("Sifat rapat", m.natureLabel, "n"),
      meta("Hari/tanggal", m.dayDate, "d"),
      meta("Waktu", m.time, "w"),
      meta("Tempat", m.place, "p"),
      meta("Acara", m.agenda.map((a, i) => `${i + 1}. ${a}`).join("\n"), "a"),
      meta("Ketua rapat", m.chairName, "c"),
      meta("Sekretaris rapat", m.secretaryName, "s"),
      meta("Kehadiran", d.attendanceSummary, "k"),
      h(View, { key: "q", style: s.quorum }, h(Text, { style: { fontWeight: "bold" } }, d.quorumStatement)),
      heading("ah", 2, "I. Daftar Hadir Anggota"),
      h(View, { key: "at" }, attendanceTable(d.attendance)),
      heading("gh", 2, "II. Undangan"),
      ...(d.guests.length
        ? d.guests.map((g, i) =>
            h(
              Text,
              { key: `g${i}`, style: s.para },
              `${i + 1}. ${g.name} — ${g.institution}${g.role ? ` (${g.role})` : ""}`,
            ),
          )
        : [h(Text, { key: "gn", style: s.para }, "Tidak ada undangan.")]),
      heading("oh", 2, "III. Pembukaan"),
      blocksText(d.opening, { key: "op" }),
    ]).map((children, i) => page(`g${i}`, children)),
  );
}
