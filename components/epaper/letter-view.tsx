import type { LetterParty } from "@/lib/db/schema/epaper";
import { NATURE_LABELS, type Nature } from "@/lib/letters/constants";

interface ViewLetter {
  number: string | null;
  nature: Nature;
  attachmentsNote: string | null;
  subject: string;
  recipients: LetterParty[];
  copies: LetterParty[];
  body: string;
  signerPosition: string;
}

/** The letter as text, readable on a 360 px phone before signing. */
export function LetterView({ l, signerName }: { l: ViewLetter; signerName: string }) {
  return (
    <article className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 text-sm break-words">
      <dl className="grid grid-cols-[5.5rem_1fr] gap-x-2 gap-y-1">
        <dt className="text-slate-600">Nomor</dt>
        <dd>{l.number ?? "diberikan saat ditandatangani"}</dd>
        <dt className="text-slate-600">Sifat</dt>
        <dd>{NATURE_LABELS[l.nature]}</dd>
        <dt className="text-slate-600">Lampiran</dt>
        <dd>{l.attachmentsNote || "-"}</dd>
        <dt className="text-slate-600">Hal</dt>
        <dd className="font-semibold">{l.subject}</dd>
      </dl>
      <div>
        <p>Yth.</p>
        <ul className="list-inside list-decimal">
          {l.recipients.map((r, i) => (
            <li key={i}>{r.name}</li>
          ))}
        </ul>
      </div>
      <div className="whitespace-pre-line">{l.body}</div>
      <p className="text-slate-700">
        Penanda tangan: <strong>{signerName}</strong>, {l.signerPosition}
      </p>
      {l.copies.length ? <p className="text-slate-700">Tembusan: {l.copies.map((c) => c.name).join("; ")}</p> : null}
    </article>
  );
}
