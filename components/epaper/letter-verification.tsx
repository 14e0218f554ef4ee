import { formatBytes } from "@/lib/attachments/limits";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/misc";
import type { LetterVerification } from "@/lib/epaper/verify";
import { formatDate, formatDateTime } from "@/lib/format";

/** /verifikasi/{code} for a signed letter; a rahasia letter shows only that it is genuine. */
export function LetterVerificationView({ v }: { v: LetterVerification }) {
  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <p className="text-sm font-semibold text-brand-700">Verifikasi surat · {v.code}</p>
        <h1 className="mt-1 text-2xl font-bold break-words">{v.subject ?? "Surat bersifat rahasia"}</h1>
        <div className="mt-2 flex flex-wrap gap-2">
          <Badge tone="green">Dokumen asli — tercatat di Si Dilan</Badge>
          {v.current ? <Badge tone="blue">Berlaku</Badge> : <Badge tone="amber">Telah digantikan surat koreksi</Badge>}
        </div>
      </div>
      {v.confidential && !v.subject ? (
        <Alert tone="info">
          Surat ini bersifat rahasia: halaman ini hanya menyatakan bahwa surat dengan kode ini asli dan ditandatangani
          secara elektronik. Isinya tidak ditampilkan.
        </Alert>
      ) : null}
      {v.replacement ? (
        <Alert tone="warning">
          Surat ini telah dikoreksi. Gunakan{" "}
          <a href={`/verifikasi/${v.replacement.code}`} className="underline">
            surat pengganti ({v.replacement.code})
          </a>
          .
        </Alert>
      ) : null}
      <dl className="grid gap-x-6 gap-y-3 rounded-lg border border-slate-200 bg-white p-5 text-sm sm:grid-cols-2">
        {v.number ? (
          <div>
            <dt className="text-slate-600">Nomor surat</dt>
            <dd className="font-mono font-medium">{v.number}</dd>
          </div>
        ) : null}
        {v.letterDate ? (
          <div>
            <dt className="text-slate-600">Tanggal surat</dt>
            <dd className="font-medium">{formatDate(v.letterDate)}</dd>
          </div>
        ) : null}
        {v.signerName ? (
          <div>
            <dt className="text-slate-600">Penanda tangan</dt>
            <dd className="font-medium">
              {v.signerName}
              <span className="block text-xs font-normal text-slate-600">{v.capacity}</span>
            </dd>
          </div>
        ) : null}
        <div>
          <dt className="text-slate-600">Ditandatangani</dt>
          <dd className="font-medium">{formatDateTime(v.signedAt)}</dd>
        </div>
        <div className="sm:col-span-2">
          <dt className="text-slate-600">SHA-256 berkas bertanda tangan ({formatBytes(v.size)})</dt>
          <dd className="font-mono text-xs break-all">{v.sha256}</dd>
        </div>
        {v.supersedes?.code ? (
          <div className="sm:col-span-2">
            <dt className="text-slate-600">Mengoreksi surat</dt>
            <dd>
              <a href={`/verifikasi/${v.supersedes.code}`} className="underline">
                {v.supersedes.code}
              </a>
              {v.correctionReason ? ` — ${v.correctionReason}` : ""}
            </dd>
          </div>
        ) : null}
      </dl>
      <p className="text-sm text-slate-700">
        Bandingkan SHA-256 di atas dengan berkas yang Anda terima; berkas yang diubah satu bita pun memiliki nilai
        berbeda.{" "}
        <a href="/api/v1/verifikasi/ca" className="underline">
          Unduh sertifikat CA Si Dilan
        </a>
        .
      </p>
    </div>
  );
}
