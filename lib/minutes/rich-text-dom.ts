// Browser side of the editor toolbar: the selection goes into the HTML as markers and comes back out.
import { SEL_END, SEL_START } from "./rich-text-edit";

/** Put the selection markers into the box at the current selection (when it is inside the box). */
export function markSelection(root: HTMLElement): void {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0) return;
  const range = sel.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return;
  const end = range.cloneRange();
  end.collapse(false);
  end.insertNode(document.createTextNode(SEL_END));
  const start = range.cloneRange();
  start.collapse(true);
  start.insertNode(document.createTextNode(SEL_START));
}

/** Take the markers out of the box again and select what lies between them. */
export function restoreSelection(root: HTMLElement): void {
  const found: Partial<Record<string, { node: Text; offset: number }>> = {};
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
  for (const t of texts) {
    for (const m of [SEL_START, SEL_END]) {
      const i = t.data.indexOf(m);
      if (i >= 0) {
        t.deleteData(i, 1);
        found[m] = { node: t, offset: i };
      }
    }
  }
  // The start marker comes first in the HTML, so the end offset was read after the start was removed.
  const s = found[SEL_START];
  const e = found[SEL_END];
  const sel = window.getSelection();
  if (!sel || (!s && !e)) return;
  const range = document.createRange();
  const a = s ?? e!;
  const b = e ?? s!;
  range.setStart(a.node, Math.min(a.offset, a.node.length));
  range.setEnd(b.node, Math.min(b.offset, b.node.length));
  sel.removeAllRanges();
  sel.addRange(range);
}
