import { Document, Page, Text, renderToBuffer } from "@react-pdf/renderer";
import { createElement as h } from "react";
import { describe, expect, it } from "vitest";
import { PDF_FONT, registerPdfFonts } from "@/lib/pdf/fonts";

describe("pdf font", () => {
  it("embeds the project font so Indonesian text with non-Latin-1 characters survives", async () => {
    registerPdfFonts();
    const doc = h(
      Document,
      null,
      h(
        Page,
        { size: "A4" },
        h(Text, { style: { fontFamily: PDF_FONT } }, "Risalah Rapat — Pengesahan “Perda” • Rp 1.000.000 ≥ 2/3"),
      ),
    );
    const pdf = await renderToBuffer(doc);
    const text = pdf.toString("latin1");
    expect(text.startsWith("%PDF-")).toBe(true);
    expect(text).toMatch(/FontFile2/);
    expect(text).toMatch(/DejaVuSans/);
  });
});
