import sanitizeHtml from "sanitize-html";
import type { MinutesContent } from "./content";

// Paragraphs, bold, italic and lists: nothing else survives, no attributes at all.
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "strong", "b", "em", "i", "ul", "ol", "li"],
  allowedAttributes: {},
  // Text inside dropped tags stays, except for these whose content must never show up.
  nonTextTags: [
    "script",
    "style",
    "textarea",
    "option",
    "noscript",
    "iframe",
    "object",
    "embed",
    "svg",
    "math",
    "template",
  ],
  transformTags: { b: "strong", i: "em", div: "p", h1: "p", h2: "p", h3: "p", h4: "p" },
};

/** Sanitise one rich-text field on the server; an empty result becomes "". */
export function sanitizeRichText(html: string): string {
  const clean = sanitizeHtml(html, OPTIONS)
    .replace(/<p>(\s|&nbsp;|<br \/>)*<\/p>/g, "")
    .trim();
  return clean;
}

/** Sanitise every rich-text field of the draft. */
export function sanitizeContent(c: MinutesContent): MinutesContent {
  return {
    ...c,
    opening: sanitizeRichText(c.opening),
    closing: sanitizeRichText(c.closing),
    items: c.items.map((i) => ({
      ...i,
      decisions: sanitizeRichText(i.decisions),
      proceedings: i.proceedings.map((p) => ({ ...p, summary: sanitizeRichText(p.summary) })),
    })),
  };
}
