import { Font } from "@react-pdf/renderer";
import { env } from "@/lib/env";

/** Font family for every PDF: DejaVu Sans (shipped in lib/pdf/fonts, Bitstream Vera licence), embedded as a subset. */
export const PDF_FONT = "DejaVuSans";

const fontDir = () => env().PDF_FONT_DIR;

let registered = false;

/**
 * Register the project font once and turn hyphenation off (react-pdf would hyphenate Indonesian by
 * English rules). Built-in Helvetica is not embedded and mangles characters outside Latin-1.
 */
export function registerPdfFonts(): void {
  if (registered) return;
  const base = `${process.cwd()}/${fontDir()}`;
  Font.register({
    family: PDF_FONT,
    fonts: [
      { src: `${base}/DejaVuSans.ttf` },
      { src: `${base}/DejaVuSans-Bold.ttf`, fontWeight: "bold" },
      { src: `${base}/DejaVuSans-Oblique.ttf`, fontStyle: "italic" },
      { src: `${base}/DejaVuSans-BoldOblique.ttf`, fontWeight: "bold", fontStyle: "italic" },
    ],
  });
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}
