/**
 * The rich text of the minutes after sanitising: paragraphs, bold, italic and lists only. This
 * module turns that restricted HTML into blocks (for the PDF) and plain lines (for diffs). It is pure
 * and never sees anything but sanitised HTML, so a small tokenizer is enough.
 */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export type Block = { kind: "p"; runs: Run[] } | { kind: "ul" | "ol"; items: Run[][] };

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : "";
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** Parse sanitised rich text into paragraphs and lists of styled runs. */
export function parseRichText(html: string): Block[] {
  const blocks: Block[] = [];
  let bold = 0;
  let italic = 0;
  let runs: Run[] = [];
  let list: { kind: "ul" | "ol"; items: Run[][] } | null = null;
  const flush = () => {
    const trimmed = trimRuns(runs);
    if (trimmed.length) {
      if (list) list.items.push(trimmed);
      else blocks.push({ kind: "p", runs: trimmed });
    }
    runs = [];
  };
  for (const tok of html.split(/(<[^>]*>)/)) {
    if (!tok) continue;
    const tag = /^<(\/?)([a-z0-9]+)[^>]*>$/i.exec(tok);
    if (!tag) {
      const text = decode(tok).replace(/\s+/g, " ");
      if (text) runs.push({ text, ...(bold ? { bold: true } : {}), ...(italic ? { italic: true } : {}) });
      continue;
    }
    const closing = tag[1] === "/";
    const name = tag[2].toLowerCase();
    if (name === "strong" || name === "b") bold += closing ? -1 : 1;
    else if (name === "em" || name === "i") italic += closing ? -1 : 1;
    else if (name === "br") runs.push({ text: "\n" });
    else if (name === "p" || name === "li" || name === "div") flush();
    else if (name === "ul" || name === "ol") {
      flush();
      if (!closing) list = { kind: name, items: [] };
      else if (list) {
        if (list.items.length) blocks.push(list);
        list = null;
      }
    }
    bold = Math.max(0, bold);
    italic = Math.max(0, italic);
  }
  flush();
  if (list && list.items.length) blocks.push(list);
  return blocks;
}

function trimRuns(runs: Run[]): Run[] {
  const out = runs.filter((r) => r.text.length > 0);
  while (out.length && !out[0].text.trim()) out.shift();
  while (out.length && !out[out.length - 1].text.trim()) out.pop();
  if (out.length) {
    out[0] = { ...out[0], text: out[0].text.replace(/^ +/, "") };
    const last = out.length - 1;
    out[last] = { ...out[last], text: out[last].text.replace(/ +$/, "") };
  }
  return out;
}

/** Plain lines of rich text ("• item", "1. item"), for version diffs and search. */
export function richTextLines(html: string): string[] {
  return parseRichText(html).flatMap((b) =>
    b.kind === "p"
      ? [b.runs.map((r) => r.text).join("")]
      : b.items.map((item, i) => `${b.kind === "ol" ? `${i + 1}.` : "•"} ${item.map((r) => r.text).join("")}`),
  );
}
