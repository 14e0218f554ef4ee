import { rateAspirationAction, reopenAspirationAction } from "@/lib/aspirations/actions";
import { STATUS_LABELS } from "@/lib/aspirations/constants";
import type { PublicTracking } from "@/lib/aspirations/public";
import { formatDate, formatDateTime } from "@/lib/format";
import { Card } from "@/components/ui/misc";
import { RateForm, ReopenForm } from "./feedback-forms";
import { StatusBadge } from "./status-badge";

const KIND_LABELS: Record<string, string> = {
  answer: "Tanggapan",
  note: "Tanggapan",
  reopen: "Dibuka kembali",
  merge: "Digabung",
};

/** The public tracking view of one aspiration: status, timeline with public answers, rating, reopen. */
export function TrackingView({ t }: { t: PublicTracking }) {
  return (
    <div className="space-y-5">
      <Card>
        <div className="flex flex-wrap items-center gap-3">
          <p className="font-mono text-xl font-bold">{t.trackingCode}</p>
          <StatusBadge status={t.status} />
        </div>
        <h2 className="mt-2 text-lg font-bold">{t.title ?? "Aspirasi rahasia (isi tidak ditampilkan)"}</h2>
        <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
          <div>
            <dt className="inline font-semibold">Kategori: </dt>
            <dd className="inline">{t.category}</dd>
          </div>
          <div>
            <dt className="inline font-semibold">Lokasi: </dt>
            <dd className="inline">{t.area || "—"}</dd>
          </div>
          <div>
            <dt className="inline font-semibold">Dikirim: </dt>
            <dd className="inline">{formatDate(t.createdAt)}</dd>
          </div>
          <div>
            <dt className="inline font-semibold">Ditangani oleh: </dt>
            <dd className="inline">
              {t.routedTo.length
                ? t.routedTo.join(" dan ")
                : t.externalAgency
                  ? t.externalAgency
                  : "Sekretariat DPRD (verifikasi)"}
            </dd>
          </div>
        </dl>
        {t.mergedInto ? (
          <p className="mt-3 text-sm">
            Aspirasi ini digabung dengan {t.mergedInto}; lacak kode tersebut untuk tindak lanjutnya.
          </p>
        ) : null}
      </Card>
      <section aria-labelledby="riwayat">
        <h2 id="riwayat" className="text-lg font-bold">
          Riwayat
        </h2>
        <ol className="mt-3 space-y-3 border-l-2 border-brand-200 pl-4">
          {t.timeline.map((e, i) => (
            <li key={i} className="relative">
              <p className="text-sm text-slate-600">
                <time dateTime={e.at.toISOString()}>{formatDateTime(e.at)}</time> · {e.by}
              </p>
              <p className="font-semibold">
                {e.toStatus ? STATUS_LABELS[e.toStatus] : (KIND_LABELS[e.kind] ?? "Pembaruan")}
              </p>
              {e.publicNote ? <p className="mt-1 whitespace-pre-line text-slate-800">{e.publicNote}</p> : null}
            </li>
          ))}
        </ol>
      </section>
      {t.rating !== null ? (
        <p className="text-sm">
          Penilaian Anda: <strong>{t.rating}/5</strong>
          {t.ratingComment ? ` — ${t.ratingComment}` : ""}
        </p>
      ) : null}
      {t.canRate || t.canReopen ? (
        <div className="grid gap-4 md:grid-cols-2">
          {t.canRate ? (
            <Card>
              <h2 className="mb-3 text-lg font-bold">Beri penilaian</h2>
              <RateForm action={rateAspirationAction.bind(null, t.trackingCode)} />
            </Card>
          ) : null}
          {t.canReopen ? (
            <Card>
              <h2 className="mb-3 text-lg font-bold">Belum tuntas?</h2>
              <p className="mb-3 text-sm text-slate-700">
                Anda dapat membuka kembali aspirasi ini sampai{" "}
                {t.feedbackUntil ? formatDate(t.feedbackUntil) : "14 hari setelah selesai"}.
              </p>
              <ReopenForm action={reopenAspirationAction.bind(null, t.trackingCode)} />
            </Card>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
