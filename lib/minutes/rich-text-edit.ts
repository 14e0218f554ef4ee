/**
 * The rich-text editor's toolbar actions as pure functions on HTML (the editor stores innerHTML of
 * its editable box; the server sanitises it to paragraphs, bold, italic and lists). The selection
 * travels inside the HTML as two private-use marker characters, so the browser side only has to put
 * them in and take them out again, and every action is testable without a DOM.
 *
 * The model is a list of lines: a paragraph or one list item, each a string of styled characters.
 * The list buttons change the kind of the selected lines (never inserting anything before them);
 * bold and italic toggle a mark on the selected characters (or the word at the caret).
 */

/** Selection start and end markers (private-use code points; never typed by anyone). */
export const SEL_START = "\uE000";
export const SEL_END = "\uE001";

export type LineKind = "p" | "ul" | "ol";
export type Mark = "bold" | "italic";
export type ToolbarAction = "bold" | "italic" | "ul" | "ol";

interface Char {
  ch: string;
  bold: boolean;
  italic: boolean;
}

interface Line {
  kind: LineKind;
  chars: Char[];
}

interface Pos {
  line: number;
  offset: number;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : "";
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

function escape(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\u00a0/g, "&nbsp;");
}

/** Parse editor HTML (sanitised or straight from a contentEditable box) into lines. */
function parse(html: string): Line[] {
  const lines: Line[] = [];
  let line: Line | null = null;
  let list: "ul" | "ol" | null = null;
  let bold = 0;
  let italic = 0;
  const finish = () => {
    if (!line) return;
    // A trailing <br> is the browser's placeholder that keeps an empty line open.
    if (line.chars.length && line.chars[line.chars.length - 1].ch === "\n") line.chars.pop();
    lines.push(line);
    line = null;
  };
  const open = () => {
    if (!line) line = { kind: list ?? "p", chars: [] };
    return line;
  };
  for (const tok of html.split(/(<[^>]*>)/)) {
    if (!tok) continue;
    const tag = /^<(\/?)([a-z0-9]+)[^>]*>$/i.exec(tok);
    if (!tag) {
      const text = decode(tok).replace(/[\t\n\r]+/g, " ");
      // Whitespace between block tags is formatting, not content.
      if (!line && !text.replace(/[ \uE000\uE001]/g, "")) {
        if (/[\uE000\uE001]/.test(text)) {
          const l = open();
          for (const ch of text.replace(/ /g, "")) l.chars.push({ ch, bold: false, italic: false });
        }
        continue;
      }
      const l = open();
      for (const ch of text) l.chars.push({ ch, bold: bold > 0, italic: italic > 0 });
      continue;
    }
    const closing = tag[1] === "/";
    const name = tag[2].toLowerCase();
    if (name === "strong" || name === "b") bold = Math.max(0, bold + (closing ? -1 : 1));
    else if (name === "em" || name === "i") italic = Math.max(0, italic + (closing ? -1 : 1));
    else if (name === "br") open().chars.push({ ch: "\n", bold: false, italic: false });
    else if (name === "p" || name === "div" || name === "li" || /^h[1-6]$/.test(name)) {
      finish();
      if (!closing) open();
    } else if (name === "ul" || name === "ol") {
      finish();
      list = closing ? null : name;
    }
  }
  finish();
  return lines;
}

const isMarker = (c: Char) => c.ch === SEL_START || c.ch === SEL_END;

function runsHtml(chars: Char[]): string {
  let out = "";
  let i = 0;
  while (i < chars.length) {
    // Selection markers take the style of the text they stand next to, so they never split a run.
    const styled = chars.slice(i).find((c) => !isMarker(c)) ?? chars[i];
    const { bold, italic } = styled;
    let text = "";
    while (i < chars.length && (isMarker(chars[i]) || (chars[i].bold === bold && chars[i].italic === italic)))
      text += chars[i++].ch;
    let h = escape(text).replace(/\n/g, "<br>");
    if (italic) h = `<em>${h}</em>`;
    if (bold) h = `<strong>${h}</strong>`;
    out += h;
  }
  return out;
}

function serialize(lines: Line[]): string {
  let out = "";
  let i = 0;
  while (i < lines.length) {
    const kind = lines[i].kind;
    const body = (l: Line) => {
      // Markers alone do not keep a line open in the browser: add the placeholder <br>.
      const visible = l.chars.some((c) => c.ch !== SEL_START && c.ch !== SEL_END);
      return runsHtml(l.chars) + (visible ? "" : "<br>");
    };
    if (kind === "p") {
      out += `<p>${body(lines[i++])}</p>`;
      continue;
    }
    out += `<${kind}>`;
    while (i < lines.length && lines[i].kind === kind) out += `<li>${body(lines[i++])}</li>`;
    out += `</${kind}>`;
  }
  return out;
}

/** Take the markers out of the lines; positions are offsets among the remaining characters. */
function extractSelection(lines: Line[]): { start: Pos; end: Pos } | null {
  let start: Pos | null = null;
  let end: Pos | null = null;
  lines.forEach((l, li) => {
    const kept: Char[] = [];
    for (const c of l.chars) {
      if (c.ch === SEL_START) start = { line: li, offset: kept.length };
      else if (c.ch === SEL_END) end = { line: li, offset: kept.length };
      else kept.push(c);
    }
    l.chars = kept;
  });
  if (!start && !end) return null;
  const s: Pos = start ?? end!;
  const e: Pos = end ?? start!;
  return before(e, s) ? { start: e, end: s } : { start: s, end: e };
}

function before(a: Pos, b: Pos): boolean {
  return a.line < b.line || (a.line === b.line && a.offset < b.offset);
}

function insertSelection(lines: Line[], sel: { start: Pos; end: Pos }): void {
  const put = (p: Pos, ch: string) => lines[p.line].chars.splice(p.offset, 0, { ch, bold: false, italic: false });
  // End first, so the start offset stays valid when both are on one line.
  put(sel.end, SEL_END);
  put(sel.start, SEL_START);
}

/** Without a selection in the box, actions apply to the end of the last line. */
function defaultSelection(lines: Line[]): { start: Pos; end: Pos } {
  if (!lines.length) lines.push({ kind: "p", chars: [] });
  const last = { line: lines.length - 1, offset: lines[lines.length - 1].chars.length };
  return { start: last, end: { ...last } };
}

/**
 * Turn the selected lines into items of a bulleted ("ul") or numbered ("ol") list, or back into
 * paragraphs when they all already are that kind of list. The text of each line stays where it is.
 */
export function toggleList(html: string, kind: "ul" | "ol"): string {
  const lines = parse(html);
  const sel = extractSelection(lines) ?? defaultSelection(lines);
  const chosen = lines.slice(sel.start.line, sel.end.line + 1);
  const target: LineKind = chosen.every((l) => l.kind === kind) ? "p" : kind;
  for (const l of chosen) l.kind = target;
  insertSelection(lines, sel);
  return serialize(lines);
}

const isWordChar = (c: Char | undefined) => !!c && /[\p{L}\p{N}_'-]/u.test(c.ch);

/**
 * Toggle bold or italic on the selected characters: removed when every selected character already
 * has it, added otherwise. A caret without a selection toggles the word it stands in.
 */
export function toggleMark(html: string, mark: Mark): string {
  const lines = parse(html);
  const sel = extractSelection(lines) ?? defaultSelection(lines);
  let { start, end } = sel;
  if (start.line === end.line && start.offset === end.offset) {
    const chars = lines[start.line].chars;
    let a = start.offset;
    let b = start.offset;
    while (isWordChar(chars[a - 1])) a--;
    while (isWordChar(chars[b])) b++;
    start = { line: start.line, offset: a };
    end = { line: start.line, offset: b };
  }
  const targets: Char[] = [];
  for (let li = start.line; li <= end.line; li++) {
    const chars = lines[li].chars;
    const from = li === start.line ? start.offset : 0;
    const to = li === end.line ? end.offset : chars.length;
    for (let i = from; i < to; i++) if (chars[i].ch !== "\n") targets.push(chars[i]);
  }
  const on = !(targets.length > 0 && targets.every((c) => c[mark]));
  for (const c of targets) c[mark] = on;
  insertSelection(lines, sel);
  return serialize(lines);
}

/** Apply one toolbar button to the editor HTML (with selection markers). */
export function applyToolbarAction(html: string, action: ToolbarAction): string {
  return action === "ul" || action === "ol" ? toggleList(html, action) : toggleMark(html, action);
}
