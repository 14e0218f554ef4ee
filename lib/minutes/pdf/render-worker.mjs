// Worker thread that renders minutes PDFs, so a long document's layout (seconds of CPU) never blocks
// the server's event loop. Fonts mirror lib/pdf/fonts.ts (same files and family, hyphenation off).
import { parentPort } from "node:worker_threads";
import { Font, renderToBuffer } from "@react-pdf/renderer";
import { minutesDocument } from "./document.mjs";

let fontsFor = null;
function registerFonts(base) {
  if (fontsFor === base) return;
  Font.register({
    family: "DejaVuSans",
    fonts: [
      { src: `${base}/DejaVuSans.ttf` },
      { src: `${base}/DejaVuSans-Bold.ttf`, fontWeight: "bold" },
      { src: `${base}/DejaVuSans-Oblique.ttf`, fontStyle: "italic" },
      { src: `${base}/DejaVuSans-BoldOblique.ttf`, fontWeight: "bold", fontStyle: "italic" },
    ],
  });
  Font.registerHyphenationCallback((word) => [word]);
  fontsFor = base;
}

parentPort.on("message", async ({ id, data, fontBase }) => {
  try {
    registerFonts(fontBase);
    const pdf = await renderToBuffer(minutesDocument(data));
    const bytes = new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength).slice();
    parentPort.postMessage({ id, pdf: bytes }, [bytes.buffer]);
  } catch (e) {
    parentPort.postMessage({ id, error: String(e?.stack ?? e) });
  }
});
