/** One row of the Permendagri 83/2022 classification table. */
export interface ClassificationRow {
  code: string;
  title: string;
  parentCode: string | null;
  level: number;
}

/** Split one CSV line, honouring double-quoted fields with embedded commas and doubled quotes. */
function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** Parse `code,title,parent_code` CSV text into rows; level is the number of code segments. */
export function parseClassificationCsv(text: string): ClassificationRow[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  return lines.slice(1).map((line) => {
    const [code, title, parent] = splitCsvLine(line);
    return {
      code: code.trim(),
      title: title.trim(),
      parentCode: parent?.trim() || null,
      level: code.trim().split(".").length,
    };
  });
}
