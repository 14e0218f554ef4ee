import type { Text as PdfText } from "@react-pdf/renderer";

/** react-pdf's Text that never hyphenates a word (see text.mjs). */
export const Text: typeof PdfText;
