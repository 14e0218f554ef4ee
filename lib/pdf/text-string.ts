/**
 * Encodes a JavaScript string as a PDF text string object (ISO 32000-1 §7.9.2.2), ready to be
 * written into a PDF file as ASCII bytes:
 * - printable ASCII → a literal string `( … )` with `\`, `(`, `)` and control characters escaped;
 * - anything else → UTF-16BE with a byte-order mark, written as a hex string `<FEFF…>`.
 *
 * The result is pure ASCII, so it survives any Buffer/string conversion (a UTF-16 literal string
 * written through a UTF-8 conversion is what made PDF readers show "Ã¾Ã¿…").
 */
export function encodePdfTextString(value: string, options: { hex?: boolean } = {}): string {
  if (!options.hex && /^[\x20-\x7e\t\n\r\f\b]*$/.test(value)) {
    const escaped = value.replace(/[\\()\n\r\t\f\b]/g, (c) =>
      c === "\n" ? "\\n" : c === "\r" ? "\\r" : c === "\t" ? "\\t" : c === "\f" ? "\\f" : c === "\b" ? "\\b" : `\\${c}`,
    );
    return `(${escaped})`;
  }
  const utf16 = Buffer.from(value, "utf16le").swap16();
  return `<FEFF${utf16.toString("hex").toUpperCase()}>`;
}
