// react-pdf's Text with hyphenation made impossible. Plain ESM so the minutes render worker can load it.
//
// Font.registerHyphenationCallback((w) => [w]) (lib/pdf/fonts.ts) is not enough on its own: react-pdf's
// line breaker (@react-pdf/textkit getNodes) also puts a hyphenation point wherever one word spans two
// styled runs ("<b>umum</b>." or "ter<i>buka</i>") or two spaces follow a word, and prints "-" when it
// breaks there. A penalty of 10000 (textkit's "infinity") makes those points never eligible. The prop
// is read from the outermost Text of a paragraph, so every PDF builds its text with this component.
import { Text as PdfText } from "@react-pdf/renderer";
import { createElement } from "react";

const NO_HYPHENATION_PENALTY = 10000;

export function Text(props) {
  return createElement(PdfText, { hyphenationPenalty: NO_HYPHENATION_PENALTY, ...props });
}
