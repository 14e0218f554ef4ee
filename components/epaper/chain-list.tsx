import { formatDateTime } from "@/lib/format";

const STATUS = { menunggu: "Menunggu", disetujui: "Diparaf", dikembalikan: "Dikembalikan" } as const;

/** The paraf chain of a letter, every round, with notes. */
export function ChainList({
  chain,
}: {
  chain: {
    id: number;
    round: number;
    label: string;
    name: string;
    status: keyof typeof STATUS;
    note: string | null;
    actedAt: Date | null;
  }[];
}) {
  if (!chain.length) return <p className="text-sm text-slate-600">Belum diajukan untuk paraf.</p>;
  return (
    <ol className="space-y-2 text-sm">
      {chain.map((c) => (
        <li key={c.id} className="rounded border border-slate-200 p-2">
          <span className="font-semibold">
            Putaran {c.round} · {c.label}
          </span>{" "}
          ({c.name}): {STATUS[c.status]}
          {c.actedAt ? `, ${formatDateTime(c.actedAt)}` : ""}
          {c.note ? <span className="block text-slate-700">Catatan: {c.note}</span> : null}
        </li>
      ))}
    </ol>
  );
}
