/** A classification code of the Permendagri 83/2022 table, as offered in the picker. */
export interface ClassificationOption {
  code: string;
  title: string;
}

const MAX_SHOWN = 40;

/** Filter codes by code prefix or words of the title (at most 40 shown). */
export function filterCodes(options: ClassificationOption[], query: string): ClassificationOption[] {
  const q = query.trim().toLowerCase();
  if (!q) return options.slice(0, MAX_SHOWN);
  const words = q.split(/\s+/);
  return options
    .filter((o) => o.code.startsWith(q) || words.every((w) => o.title.toLowerCase().includes(w)))
    .slice(0, MAX_SHOWN);
}
