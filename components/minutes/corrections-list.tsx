import { Badge } from "@/components/ui/misc";
import { formatDateTime } from "@/lib/format";
import type { FormState } from "@/lib/http/form-state";
import { RespondCorrectionForm } from "./workflow-forms";

type Correction = {
  id: string;
  section: string;
  text: string;
  status: "diajukan" | "diterima" | "ditolak";
  response: string | null;
  proposer: string;
  createdAt: Date;
  versionNumber: number;
};
const TONE = { diajukan: "amber", diterima: "green", ditolak: "red" } as const;
const LABEL = { diajukan: "Diajukan", diterima: "Diterima", ditolak: "Ditolak" } as const;

/** Proposed corrections; the note-taker can answer the open ones. */
export function CorrectionsList({
  items,
  respond,
}: {
  items: Correction[];
  respond?: (id: string) => (prev: FormState, fd: FormData) => Promise<FormState>;
}) {
  if (items.length === 0) return <p className="text-sm text-slate-600">Belum ada usulan koreksi.</p>;
  return (
    <ul className="space-y-3">
      {items.map((c) => (
        <li key={c.id} className="rounded-md border border-slate-200 p-3 text-sm">
          <div className="flex flex-wrap items-center gap-2">
            <Badge tone={TONE[c.status]}>{LABEL[c.status]}</Badge>
            <span className="font-semibold">{c.section}</span>
            <span className="text-slate-600">
              oleh {c.proposer}, {formatDateTime(c.createdAt)} (draf versi {c.versionNumber})
            </span>
          </div>
          <p className="mt-1 whitespace-pre-line">{c.text}</p>
          {c.response ? <p className="mt-1 text-slate-700">Tanggapan: {c.response}</p> : null}
          {respond && c.status === "diajukan" ? <RespondCorrectionForm action={respond(c.id)} /> : null}
        </li>
      ))}
    </ul>
  );
}
