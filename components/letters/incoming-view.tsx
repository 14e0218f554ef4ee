import { Card } from "@/components/ui/misc";
import { formatDate, formatDateTime } from "@/lib/format";
import type { IncomingDetail } from "@/lib/letters/incoming-detail";
import { IncomingStatusBadge, NatureBadge } from "./badges";
import { formatBytes } from "@/lib/attachments/limits";

/** Label/value pairs of a letter in two columns. */
export function DataList({ rows }: { rows: [string, React.ReactNode][] }) {
  return (
    <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt className="text-slate-600">{k}</dt>
          <dd className="font-medium break-words">{v}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The registered data of an incoming letter. */
export function IncomingSummary({ detail }: { detail: IncomingDetail }) {
  const l = detail.letter;
  const rows: [string, React.ReactNode][] = [
    [
      "Nomor agenda",
      <span key="n" className="font-mono">
        {l.agendaNumber}
      </span>,
    ],
    ["Status", <IncomingStatusBadge key="s" status={l.status} />],
    ["Sifat", <NatureBadge key="f" nature={l.nature} />],
    ["Pengirim", l.sender],
    ["Nomor surat", l.senderNumber],
    ["Tanggal surat", formatDate(l.senderDate)],
    ["Tanggal diterima", formatDate(l.receivedOn)],
    [
      "Klasifikasi",
      <span key="k" className="font-mono">
        {l.classificationCode}
      </span>,
    ],
    [
      "Tujuan",
      l.addresseeUserName && l.addresseeUserName !== l.addressee
        ? `${l.addressee} (${l.addresseeUserName})`
        : l.addressee,
    ],
    ["Dicatat oleh", `${l.registrarName}, ${formatDateTime(l.createdAt)}`],
  ];
  return (
    <Card>
      <h2 className="mb-3 text-lg font-bold">Data surat</h2>
      <DataList rows={rows} />
      {l.summary ? (
        <div className="mt-3 text-sm">
          <p className="text-slate-600">Ringkasan</p>
          <p className="whitespace-pre-line">{l.summary}</p>
        </div>
      ) : null}
    </Card>
  );
}

/** Links to a letter's files (served through the access-checked attachment route). */
export function FileList({
  title,
  files,
}: {
  title: string;
  files: { id: string; fileName: string; mimeType: string; size: number }[];
}) {
  return (
    <Card>
      <h2 className="mb-3 text-lg font-bold">{title}</h2>
      {files.length === 0 ? (
        <p className="text-sm text-slate-600">Belum ada berkas.</p>
      ) : (
        <ul className="space-y-1 text-sm">
          {files.map((f) => (
            <li key={f.id}>
              <a href={`/api/v1/lampiran/${f.id}`} target="_blank" rel="noopener" className="underline">
                {f.fileName}
              </a>{" "}
              <span className="text-slate-600">
                ({f.mimeType === "application/pdf" ? "PDF" : "gambar"}, {formatBytes(f.size)})
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

const FIELD_LABELS: Record<string, string> = {
  receivedOn: "Tanggal diterima",
  senderNumber: "Nomor surat",
  senderDate: "Tanggal surat",
  sender: "Pengirim",
  subject: "Perihal",
  nature: "Sifat",
  classificationCode: "Klasifikasi",
  summary: "Ringkasan",
  addressee: "Tujuan",
  addresseeUserId: "Akun tujuan",
  scans: "Pindaian ditambahkan",
  recipients: "Penerima",
  copies: "Tembusan",
  signer: "Penanda tangan",
  replyToId: "Membalas surat",
  lampiran: "Lampiran ditambahkan",
};

const show = (v: unknown) =>
  v === null || v === undefined || v === "" ? "—" : Array.isArray(v) ? v.join(", ") : String(v);

/** Corrections with the old and new values. */
export function RevisionHistory({
  revisions,
}: {
  revisions: {
    version: number;
    changedAt: Date;
    changedByName: string;
    reason: string;
    changes: Record<string, { from: unknown; to: unknown }>;
  }[];
}) {
  if (revisions.length === 0) return null;
  return (
    <Card>
      <h2 className="mb-3 text-lg font-bold">Riwayat koreksi</h2>
      <ol className="space-y-3 text-sm">
        {revisions.map((r) => (
          <li key={r.version} className="border-l-2 border-slate-300 pl-3">
            <p className="font-semibold">
              Versi {r.version} · {formatDateTime(r.changedAt)} · {r.changedByName}
            </p>
            <p>Alasan: {r.reason}</p>
            <ul className="mt-1 list-disc pl-5">
              {Object.entries(r.changes).map(([k, c]) => (
                <li key={k} className="break-words">
                  {FIELD_LABELS[k] ?? k}: <s className="text-slate-600">{show(c.from)}</s> → {show(c.to)}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </Card>
  );
}
