import type { DiffOp } from "@/lib/minutes/diff";

/** A line diff: added lines green, removed lines struck through red, each announced to screen readers. */
export function LineDiff({ diff }: { diff: DiffOp[] }) {
  return (
    <pre className="overflow-x-auto rounded-md border border-slate-200 bg-white p-3 text-sm leading-6 whitespace-pre-wrap">
      {diff.map((d, i) => (
        <span
          key={i}
          className={`block ${d.op === "add" ? "bg-green-50 text-green-900" : d.op === "del" ? "bg-red-50 text-red-900 line-through" : "text-slate-700"}`}
        >
          <span aria-hidden="true">{d.op === "add" ? "+ " : d.op === "del" ? "− " : "  "}</span>
          <span className="sr-only">{d.op === "add" ? "Ditambahkan: " : d.op === "del" ? "Dihapus: " : ""}</span>
          {d.line || " "}
        </span>
      ))}
    </pre>
  );
}

/** The "compare version … to version …" GET form (works without JavaScript). */
export function VersionRangeForm({ from, to, latest }: { from: number; to: number; latest: number }) {
  return (
    <form className="my-3 flex flex-wrap items-end gap-2 text-sm">
      <label htmlFor="dari" className="font-semibold">
        Dari versi
      </label>
      <input
        id="dari"
        name="dari"
        type="number"
        min={0}
        max={latest}
        defaultValue={from}
        className="w-20 rounded border border-slate-400 px-2 py-1"
      />
      <label htmlFor="ke" className="font-semibold">
        ke versi
      </label>
      <input
        id="ke"
        name="ke"
        type="number"
        min={0}
        max={latest}
        defaultValue={to}
        className="w-20 rounded border border-slate-400 px-2 py-1"
      />
      <button className="min-h-9 rounded bg-brand-700 px-3 font-semibold text-white">Bandingkan</button>
    </form>
  );
}
