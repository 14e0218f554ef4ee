import { Alert } from "@/components/ui/alert";
import { formatDate, formatDateTime } from "@/lib/format";
import { POKIR_STATUS_LABELS, type PokirStatus } from "@/lib/pokir/constants";
import type { PokirLookup } from "@/lib/tracking/lookup";
import { ResendCorrectionForm } from "./resend-correction-form";
import { PokirStatusBadge } from "./status-badge";

const FLOW: PokirStatus[] = ["diajukan", "diverifikasi", "diadopsi", "difinalisasi", "diinput_sipd", "diakomodir"];

/**
 * The public view of a pokir by its tracking code: where it is in the flow and the timeline to the
 * final outcome. Never shows the proposer's identity. (Also rendered by /lacak for POK- codes.) The page
 * loads the data with `lookupPokir` (lib/tracking/lookup.ts).
 */
export function PokirTracking({ result }: { result: PokirLookup }) {
  if (result.kind === "limited") {
    return (
      <Alert tone="warning" title="Belum dapat menampilkan">
        {result.message}
      </Alert>
    );
  }
  if (result.kind === "not-found") {
    return (
      <Alert tone="warning" title="Kode tidak ditemukan">
        Periksa kembali kode lacak usulan pokir Anda (format POK-XXXX-XXXX).
      </Alert>
    );
  }
  const t = result.tracking;
  const reached = new Set(t.timeline.map((e) => e.to));
  const final = t.status === "tidak_diakomodir" ? "tidak_diakomodir" : "diakomodir";
  const steps = [...FLOW.slice(0, -1), final] as PokirStatus[];
  return (
    <article aria-labelledby="pokir-title" className="space-y-6">
      <header className="space-y-2">
        <p className="font-mono text-sm text-slate-700">{t.trackingCode}</p>
        <h2 id="pokir-title" className="text-2xl font-bold">
          {t.title}
        </h2>
        <p className="text-slate-700">
          Kel. {t.kelurahan}, Kec. {t.kecamatan} · {t.periodName} · diajukan {formatDate(t.createdAt)}
        </p>
        <p>
          Status: <PokirStatusBadge status={t.status} />
          {t.adopterName ? <span className="ml-2 text-sm">Diadopsi oleh {t.adopterName}</span> : null}
        </p>
      </header>
      {t.status === "dikembalikan" ? (
        <Alert tone="warning" title="Usulan perlu diperbaiki">
          <p>{t.statusReason}</p>
          <p className="mt-1">Gunakan tautan perbaikan yang kami kirim ke WhatsApp/email Anda.</p>
          <div className="mt-3">
            <ResendCorrectionForm code={t.trackingCode} />
          </div>
        </Alert>
      ) : null}
      {t.status === "ditolak" ? (
        <Alert tone="error" title="Usulan ditolak">
          {t.statusReason}
        </Alert>
      ) : null}
      {t.status === "diakomodir" || t.status === "tidak_diakomodir" ? (
        <Alert
          tone={t.status === "diakomodir" ? "success" : "warning"}
          title={`Hasil akhir: ${POKIR_STATUS_LABELS[t.status]}`}
        >
          {t.outcomeReason}
        </Alert>
      ) : null}
      <section aria-labelledby="tahap">
        <h3 id="tahap" className="text-lg font-bold">
          Tahapan
        </h3>
        <ol className="mt-2 flex flex-wrap gap-2">
          {steps.map((s, i) => (
            <li
              key={s}
              className={`rounded-full border px-3 py-1 text-sm ${reached.has(s) ? "border-green-700 bg-green-50 text-green-900" : "border-slate-300 text-slate-700"}`}
            >
              {i + 1}. {POKIR_STATUS_LABELS[s]}
              <span className="sr-only">{reached.has(s) ? " (sudah)" : " (belum)"}</span>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="riwayat">
        <h3 id="riwayat" className="text-lg font-bold">
          Riwayat
        </h3>
        <ol className="mt-2 space-y-3 border-l-2 border-brand-200 pl-4">
          {t.timeline.map((e, i) => (
            <li key={i}>
              <p className="text-sm text-slate-700">{formatDateTime(e.at)}</p>
              <p className="font-semibold">{e.to ? POKIR_STATUS_LABELS[e.to] : "Catatan"}</p>
              {e.publicNote ? <p className="text-slate-800">{e.publicNote}</p> : null}
            </li>
          ))}
        </ol>
      </section>
      <p>
        <a href="/pokir">Kembali ke e-Pokir</a>
      </p>
    </article>
  );
}
