import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Document, Page, renderToBuffer, View } from "@react-pdf/renderer";
import { createElement as h } from "react";
import { afterAll, describe, expect, it } from "vitest";
import { minutesDocument, type MinutesPdfData } from "@/lib/minutes/pdf/document.mjs";
import { renderMinutesPdf, stopRenderWorker } from "@/lib/minutes/pdf/render";
import { sampleMinutesPdfData } from "@/lib/minutes/pdf/sample";
import type { Block } from "@/lib/minutes/rich-text";
import { PDF_FONT, registerPdfFonts } from "@/lib/pdf/fonts";
import { Text } from "@/lib/pdf/text.mjs";

// Typesetting of the minutes PDF, checked on the text poppler extracts page by page.

const dir = mkdtempSync(join(tmpdir(), "minutes-pdf-"));
afterAll(async () => {
  if (!process.env.KEEP_PDF) rmSync(dir, { recursive: true, force: true });
  await stopRenderWorker();
});

let n = 0;
function pagesText(pdf: Buffer): string[] {
  const file = join(dir, `m${++n}.pdf`);
  writeFileSync(file, pdf);
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8", maxBuffer: 64 << 20 });
  return text.split("\f").filter((p) => p.trim());
}

/** Every string of the source data, to tell a real hyphen from one the line breaker added. */
function sourceText(d: MinutesPdfData): string {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === "string") out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  walk(d);
  // Runs of one paragraph follow each other without a separator.
  return out.join("");
}

/** Lines that end in a hyphen the source text does not have there ("umum-" for "umum."). */
function addedHyphens(pages: string[], source: string): string[] {
  const bad: string[] = [];
  for (const page of pages) {
    for (const line of page.split("\n")) {
      const m = /(\S*[\p{L}\p{N}])-\s*$/u.exec(line);
      if (m && !source.includes(`${m[1]}-`)) bad.push(line.trim());
    }
  }
  return bad;
}

function headings(d: MinutesPdfData): Set<string> {
  const hs = ["I. Daftar Hadir Anggota", "II. Undangan", "III. Pembukaan", "IV. Jalannya Rapat", "V. Penutup"];
  d.items.forEach((it, i) => hs.push(`${i + 1}. ${it.title}`, `${i + 1}. ${it.title} (lanjutan)`));
  return new Set(hs);
}

/** Pages whose last line of body text (above the footer) is a section heading. */
function orphanHeadings(pages: string[], d: MinutesPdfData): string[] {
  const hs = headings(d);
  const bad: string[] = [];
  pages.forEach((page, i) => {
    const lines = page
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l && !/Halaman \d+ dari \d+/.test(l));
    const last = lines[lines.length - 1];
    if (last && hs.has(last)) bad.push(`halaman ${i + 1}: ${last}`);
  });
  return bad;
}

const words =
  "rapat anggota dewan menyampaikan bahwa usulan perbaikan jalan lingkungan perlu segera dianggarkan oleh pemerintah kota".split(
    " ",
  );
const filler = (k: number) => Array.from({ length: k }, (_, i) => words[(i * 7 + k) % words.length]).join(" ");

/**
 * Sample data plus paragraphs where a styled run ends inside a word ("**umum**.", "ter*buka*") at
 * every possible position of a line, and agenda items of varied length so headings fall at every
 * height of a page.
 */
async function trickyData(): Promise<MinutesPdfData> {
  const d = await sampleMinutesPdfData(3);
  const opening: Block[] = Array.from({ length: 40 }, (_, k) => ({
    kind: "p",
    runs: [
      { text: `${filler(k + 3)} dan dinyatakan terbuka untuk ` },
      { text: "umum", bold: true },
      { text: ". Sidang ter" },
      { text: "buka", italic: true },
      { text: `, ${filler(k % 5)}.` },
    ],
  }));
  const items = Array.from({ length: 120 }, (_, i) => ({
    title: `Pembahasan bagian ${i + 1}`,
    proceedings: [
      {
        speaker: `Anggota DPRD Nomor ${i + 1}`,
        summary: [{ kind: "p" as const, runs: [{ text: `${filler(9 + ((i * 13) % 40))}.` }] }],
      },
    ],
    decisions: [
      {
        kind: "p" as const,
        runs: [{ text: "Rapat menyepakati usulan untuk " }, { text: "ditindaklanjuti", bold: true }, { text: "." }],
      },
    ],
  }));
  return { ...d, opening, items };
}

describe("minutes PDF typesetting", () => {
  it("never hyphenates a word, keeps headings with their text and does not claim a signature (render worker)", async () => {
    const d = await trickyData();
    const { pdf } = await renderMinutesPdf(d);
    const pages = pagesText(pdf);
    expect(pages.length).toBeGreaterThan(5);
    expect(addedHyphens(pages, sourceText(d))).toEqual([]);
    expect(orphanHeadings(pages, d)).toEqual([]);
    const all = pages.join("\n");
    expect(all).not.toMatch(/Ditandatangani secara elektronik/i);
    expect(all.replace(/\s+/g, " ")).toMatch(
      /tanda tangan elektronik dibubuhkan setelah ditandatangani ketua rapat dan sekretaris rapat/,
    );
    expect(all).toMatch(/\/verifikasi\/RSL-TEST-0001/);
  }, 120_000);

  it("never hyphenates a word in the in-process renderer either", async () => {
    const d = await trickyData();
    registerPdfFonts();
    const pages = pagesText(await renderToBuffer(minutesDocument(d)));
    expect(addedHyphens(pages, sourceText(d))).toEqual([]);
    expect(orphanHeadings(pages, d)).toEqual([]);
  }, 120_000);

  it("typesets the long benchmark sample cleanly", async () => {
    const d = await sampleMinutesPdfData(30);
    const pages = pagesText((await renderMinutesPdf(d)).pdf);
    expect(pages.length).toBeGreaterThan(20);
    expect(addedHyphens(pages, sourceText(d))).toEqual([]);
    expect(orphanHeadings(pages, d)).toEqual([]);
  }, 180_000);
});

describe("every PDF", () => {
  it("builds its text with the never-hyphenating Text (letters, pokir, minutes)", () => {
    const files = (readdirSync("lib", { recursive: true }) as string[]).filter(
      (f) => /\.(tsx?|mjs)$/.test(f) && !f.endsWith("pdf/text.mjs"),
    );
    const direct = files.filter((f) =>
      /import\s*\{[^}]*\bText\b[^}]*\}\s*from\s*"@react-pdf\/renderer"/.test(readFileSync(join("lib", f), "utf8")),
    );
    expect(direct).toEqual([]);
  });

  it("the shared Text never adds a hyphen at a styled-run boundary or after a double space", async () => {
    registerPdfFonts();
    const paras = Array.from({ length: 60 }, (_, k) =>
      h(
        Text,
        { key: k, style: { marginBottom: 4, textAlign: "justify" } },
        `${filler(k + 2)} untuk `,
        h(Text, { style: { fontWeight: "bold" } }, "umum"),
        `. Sidang  ditutup ${filler(k % 4)}.`,
      ),
    );
    const doc = h(
      Document,
      null,
      h(
        Page,
        { size: "A4", style: { fontFamily: PDF_FONT, fontSize: 10, padding: 40 } },
        h(View, { style: { width: 230 } }, ...paras),
      ),
    );
    const pages = pagesText(await renderToBuffer(doc));
    expect(addedHyphens(pages, "")).toEqual([]);
  }, 60_000);
});
