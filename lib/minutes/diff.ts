export type DiffOp = { op: "same" | "add" | "del"; line: string };

/**
 * Line diff by longest common subsequence (O(n·m), fine for minutes of a few thousand lines).
 * Lines only in `a` are "del", only in `b` "add".
 */
export function diffLines(a: string[], b: string[]): DiffOp[] {
  // Trim the common head and tail first: versions usually differ in one place.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const x = a.slice(start, endA);
  const y = b.slice(start, endB);
  const n = x.length;
  const m = y.length;
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i][j] = x[i] === y[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const middle: DiffOp[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (x[i] === y[j]) {
      middle.push({ op: "same", line: x[i] });
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) middle.push({ op: "del", line: x[i++] });
    else middle.push({ op: "add", line: y[j++] });
  }
  while (i < n) middle.push({ op: "del", line: x[i++] });
  while (j < m) middle.push({ op: "add", line: y[j++] });
  return [
    ...a.slice(0, start).map((line) => ({ op: "same" as const, line })),
    ...middle,
    ...a.slice(endA).map((line) => ({ op: "same" as const, line })),
  ];
}

/**
 * Which two versions a version-history page compares, from its `?dari=&ke=` query: integers clamped to
 * 0…latest, `dari` never after `ke`; without a choice, the latest against the one before it.
 */
export function versionPair(latest: number, q: { dari?: string; ke?: string }): { from: number; to: number } {
  const pick = (raw: string | undefined, fallback: number) => {
    const n = Number(raw);
    return raw !== undefined && raw !== "" && Number.isInteger(n) ? Math.min(latest, Math.max(0, n)) : fallback;
  };
  const to = pick(q.ke, latest);
  return { from: Math.min(to, pick(q.dari, Math.max(0, to - 1))), to };
}
