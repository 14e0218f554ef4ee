import { Badge, Card } from "@/components/ui/misc";
import { formatDate, formatDateTime } from "@/lib/format";
import type { MeetingDetail } from "@/lib/minutes/queries";
import { MINUTES_STATUS_LABELS, STATUS_TONE } from "./labels";
import { QuorumBox } from "./quorum-box";

/** The meeting record at a glance: type, nature, time, place, chair, secretary, agenda, guests, quorum. */
export function MeetingSummary({ detail }: { detail: MeetingDetail }) {
  const m = detail.meeting;
  return (
    <Card className="space-y-4">
      <div className="flex flex-wrap gap-2">
        <Badge tone={STATUS_TONE[detail.minutes.status]}>{MINUTES_STATUS_LABELS[detail.minutes.status]}</Badge>
        <Badge tone={m.nature === "terbuka" ? "blue" : "slate"}>
          {m.nature === "terbuka" ? "Rapat terbuka" : "Rapat tertutup"}
        </Badge>
        <Badge>{m.typeName}</Badge>
      </div>
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
        <div>
          <dt className="text-slate-600">Hari/tanggal</dt>
          <dd className="font-medium">{formatDate(m.date)}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Waktu</dt>
          <dd className="font-medium">
            {m.startTime.slice(0, 5)}
            {m.endTime ? `–${m.endTime.slice(0, 5)}` : ""} WITA
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">Tempat</dt>
          <dd className="font-medium">{m.place}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Ketua rapat</dt>
          <dd className="font-medium">{m.chairName}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Sekretaris rapat</dt>
          <dd className="font-medium">{m.secretaryName}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Terakhir diubah</dt>
          <dd className="font-medium">{formatDateTime(m.updatedAt)}</dd>
        </div>
      </dl>
      <QuorumBox quorum={detail.quorum} />
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <h2 className="font-semibold">Acara</h2>
          <ol className="mt-1 list-decimal pl-5 text-sm">
            {detail.agenda.map((a) => (
              <li key={a.id}>{a.title}</li>
            ))}
          </ol>
        </div>
        <div>
          <h2 className="font-semibold">Undangan</h2>
          {detail.guests.length === 0 ? <p className="mt-1 text-sm text-slate-600">Tidak ada undangan.</p> : null}
          <ul className="mt-1 text-sm">
            {detail.guests.map((g) => (
              <li key={g.id}>
                {g.name} — {g.institution}
                {g.role ? ` (${g.role})` : ""}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </Card>
  );
}
