import { Badge, Card } from "@/components/ui/misc";
import {
  CHANNEL_LABELS,
  STATUS_LABELS,
  type AspirationChannel,
  type AspirationStatus,
} from "@/lib/aspirations/constants";
import type { aspirationDetail } from "@/lib/aspirations/staff";
import { formatDateTime } from "@/lib/format";
import { SlaBadge } from "./sla-badge";
import { StatusBadge } from "./status-badge";

type Detail = Awaited<ReturnType<typeof aspirationDetail>>;

const KIND: Record<string, string> = {
  status: "Status",
  verify: "Verifikasi dan penerusan",
  edit: "Perubahan data",
  answer: "Jawaban publik",
  note: "Catatan",
  reject: "Ditolak",
  redirect: "Dialihkan",
  merge: "Penggabungan",
  rating: "Penilaian pelapor",
  reopen: "Dibuka kembali",
  forward_request: "Permintaan penerusan",
};

/** The inside view of an aspiration (staff and in-scope members): content, reporter, files, history with internal notes. */
export function DetailView({ d }: { d: Detail }) {
  const a = d.aspiration;
  return (
    <div className="space-y-4">
      <Card>
        <div className="flex flex-wrap items-center gap-2">
          <span className="font-mono font-bold">{a.trackingCode}</span>
          <StatusBadge status={a.status as AspirationStatus} />
          {d.sla ? <SlaBadge sla={d.sla} /> : null}
          {a.isConfidential ? <Badge tone="red">Rahasia</Badge> : null}
          {a.isAnonymous ? <Badge>Anonim</Badge> : null}
          <Badge>{CHANNEL_LABELS[a.channel as AspirationChannel]}</Badge>
        </div>
        <h2 className="mt-2 text-xl font-bold">{a.title}</h2>
        <p className="mt-2 whitespace-pre-line text-slate-800">{a.body}</p>
        <dl className="mt-4 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
          <div>
            <dt className="inline font-semibold">Kategori: </dt>
            <dd className="inline">{a.category}</dd>
          </div>
          <div>
            <dt className="inline font-semibold">Lokasi: </dt>
            <dd className="inline">
              {a.kelurahan ? `${a.kelurahan}, ${a.kecamatan}` : "Seluruh kota"}
              {a.address ? ` — ${a.address}` : ""}
            </dd>
          </div>
          <div>
            <dt className="inline font-semibold">Diteruskan ke: </dt>
            <dd className="inline">
              {[a.routedToDapil && a.dapil ? `Anggota ${a.dapil}` : null, a.komisi].filter(Boolean).join(" dan ") ||
                "—"}
            </dd>
          </div>
          <div>
            <dt className="inline font-semibold">Masuk: </dt>
            <dd className="inline">{formatDateTime(a.createdAt)}</dd>
          </div>
          <div className="sm:col-span-2">
            <dt className="inline font-semibold">Pelapor: </dt>
            <dd className="inline">
              {a.reporter
                ? [a.reporter.name, a.reporter.phone, a.reporter.email].filter(Boolean).join(" · ")
                : a.isAnonymous
                  ? "Anonim (tidak disimpan)"
                  : "Dirahasiakan"}
            </dd>
          </div>
          {a.rating ? (
            <div className="sm:col-span-2">
              <dt className="inline font-semibold">Penilaian: </dt>
              <dd className="inline">
                {a.rating}/5 {a.ratingComment ? `— ${a.ratingComment}` : ""}
              </dd>
            </div>
          ) : null}
        </dl>
        {d.files.length ? (
          <ul className="mt-3 space-y-1 text-sm">
            {d.files.map((f) => (
              <li key={f.id}>
                <a href={`/api/v1/lampiran/${f.id}`}>{f.fileName}</a> ({Math.ceil(f.size / 1024)} KB)
              </li>
            ))}
          </ul>
        ) : null}
      </Card>
      <section aria-labelledby="riwayat-internal">
        <h2 id="riwayat-internal" className="text-lg font-bold">
          Riwayat
        </h2>
        <ol className="mt-2 space-y-2">
          {d.events.map((e) => (
            <li key={e.id} className="rounded-md border border-slate-200 bg-white p-3 text-sm">
              <p className="text-slate-600">
                {formatDateTime(e.at)} · {e.actorName ?? "Pelapor/sistem"} · {KIND[e.kind] ?? e.kind}
                {e.toStatus ? ` → ${STATUS_LABELS[e.toStatus]}` : ""}
              </p>
              {e.publicNote ? <p className="mt-1 whitespace-pre-line">Publik: {e.publicNote}</p> : null}
              {e.internalNote ? (
                <p className="mt-1 whitespace-pre-line text-amber-900">Internal: {e.internalNote}</p>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
