import { describe, expect, it } from "vitest";
import { applyToolbarAction, SEL_END, SEL_START, toggleList, toggleMark } from "@/lib/minutes/rich-text-edit";
import { parseRichText } from "@/lib/minutes/rich-text";
import { sanitizeRichText } from "@/lib/minutes/sanitize";

// "[" and "]" in these cases stand for the selection markers the editor puts into its HTML.
const sel = (s: string) => s.replace("[", SEL_START).replace("]", SEL_END);
const show = (s: string) => s.replace(SEL_START, "[").replace(SEL_END, "]");
const run = (html: string, f: (h: string) => string) => show(f(sel(html)));

describe("editor list buttons", () => {
  it("turn the paragraph with the caret into a list item, never an empty item before its text", () => {
    expect(run("<p>Anggaran [drainase]</p>", (h) => toggleList(h, "ul"))).toBe("<ul><li>Anggaran [drainase]</li></ul>");
    expect(run("<p>Satu</p><p>Du[]a</p><p>Tiga</p>", (h) => toggleList(h, "ol"))).toBe(
      "<p>Satu</p><ol><li>Du[]a</li></ol><p>Tiga</p>",
    );
    // Bare text typed straight into the box (no <p>), the shape of the reported defect.
    expect(run("Rapat dibuka[]", (h) => toggleList(h, "ul"))).toBe("<ul><li>Rapat dibuka[]</li></ul>");
  });

  it("turn every selected paragraph into its own item and back into paragraphs", () => {
    const listed = run("<p>S[atu</p><p>Dua</p><p>Ti]ga</p>", (h) => toggleList(h, "ul"));
    expect(listed).toBe("<ul><li>S[atu</li><li>Dua</li><li>Ti]ga</li></ul>");
    expect(run(listed, (h) => toggleList(h, "ul"))).toBe("<p>S[atu</p><p>Dua</p><p>Ti]ga</p>");
  });

  it("switch a bulleted item to a numbered one and keep its formatting", () => {
    expect(run("<ul><li><strong>Tebal</strong> bi[]asa</li><li>Lain</li></ul>", (h) => toggleList(h, "ol"))).toBe(
      "<ol><li><strong>Tebal</strong> bi[]asa</li></ol><ul><li>Lain</li></ul>",
    );
  });

  it("keep the text of the line after the list out of the list", () => {
    const out = run("<p>Pertama[]</p><p>Kedua</p>", (h) => toggleList(h, "ul"));
    expect(out).toBe("<ul><li>Pertama[]</li></ul><p>Kedua</p>");
    // What the server stores and the PDF prints: one item with the text, then the paragraph.
    expect(parseRichText(sanitizeRichText(out.replace(/[[\]]/g, "")))).toEqual([
      { kind: "ul", items: [[{ text: "Pertama" }]] },
      { kind: "p", runs: [{ text: "Kedua" }] },
    ]);
  });

  it("start a list in an empty box", () => {
    expect(run("", (h) => toggleList(h, "ul"))).toBe("<ul><li>[]<br></li></ul>");
    expect(run("<p>[]<br></p>", (h) => toggleList(h, "ol"))).toBe("<ol><li>[]<br></li></ol>");
  });
});

describe("editor bold and italic buttons", () => {
  it("mark the selected words of a paragraph that already has text", () => {
    expect(run("<p>Rapat [dibuka] hari ini</p>", (h) => toggleMark(h, "bold"))).toBe(
      "<p>Rapat [<strong>dibuka]</strong> hari ini</p>",
    );
    expect(run("<p>Rapat [dibuka] hari ini</p>", (h) => toggleMark(h, "italic"))).toBe(
      "<p>Rapat [<em>dibuka]</em> hari ini</p>",
    );
  });

  it("remove the mark when the whole selection has it, and combine bold with italic", () => {
    expect(run("<p>Rapat [<strong>dibuka</strong>] hari</p>", (h) => toggleMark(h, "bold"))).toBe(
      "<p>Rapat [dibuka] hari</p>",
    );
    expect(run("<p>[<strong>dib</strong>uka]</p>", (h) => toggleMark(h, "bold"))).toBe(
      "<p><strong>[dibuka]</strong></p>",
    );
    expect(run("<p>[<strong>dibuka</strong>]</p>", (h) => toggleMark(h, "italic"))).toBe(
      "<p><strong><em>[dibuka]</em></strong></p>",
    );
  });

  it("toggle the word at a caret and work across lines and list items", () => {
    expect(run("<p>Rapat dib[]uka</p>", (h) => toggleMark(h, "bold"))).toBe("<p>Rapat <strong>dib[]uka</strong></p>");
    expect(run("<p>Sa[tu</p><ul><li>Du]a</li></ul>", (h) => toggleMark(h, "italic"))).toBe(
      "<p>Sa[<em>tu</em></p><ul><li><em>Du]</em>a</li></ul>",
    );
  });

  it("keeps entities and line breaks intact", () => {
    expect(run("<p>A &amp; B<br>[C &lt; D]</p>", (h) => toggleMark(h, "bold"))).toBe(
      "<p>A &amp; B<br>[<strong>C &lt; D]</strong></p>",
    );
  });
});

describe("every toolbar action on a paragraph with text", () => {
  for (const action of ["bold", "italic", "ul", "ol"] as const) {
    it(`${action} keeps all existing text, once, in order`, () => {
      const html = sel("<p>Rapat dibuka pukul [09.05] WITA.</p><p>Kedua</p>");
      const out = applyToolbarAction(html, action);
      const text = (s: string) =>
        s
          .replace(/<\/?(strong|em)>/g, "")
          .replace(/<[^>]+>/g, "|")
          .replace(/\|+/g, "|");
      expect(text(out).replace(/[\uE000\uE001]/g, "")).toBe("|Rapat dibuka pukul 09.05 WITA.|Kedua|");
      expect(out.indexOf(SEL_START)).toBeLessThan(out.indexOf(SEL_END));
      // No empty list item or paragraph appears anywhere.
      expect(out).not.toMatch(/<li>(<br>)?<\/li>|<p>(<br>)?<\/p>/);
    });
  }
});
