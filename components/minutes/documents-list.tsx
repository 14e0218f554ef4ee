import { Badge } from "@/components/ui/misc";
import { formatDateTime } from "@/lib/format";
import { formatBytes } from "@/lib/attachments/limits";

type Doc = {
  id: string;
  code: string;
  documentVersion: number;
  sha256: string | null;
  size: number;
  pageCount: number;
  completedAt: Date | null;
  supersededAt: Date | null;
  publishedAt: Date | null;
  correctionReason: string | null;
  signatures: { role: "ketua" | "sekretaris"; name: string; signedAt: Date }[];
};

const ROLE = { ketua: "Ketua rapat", sekretaris: "Sekretaris rapat" } as const;

/** Every PDF version of the minutes with its signatures, state and download link. */
export function DocumentsList({ documents }: { documents: Doc[] }) {
  if (documents.length === 0)
    return (
      <p className="text-sm text-slate-600">
        Belum ada dokumen PDF. Dokumen dibuat saat ketua rapat menyetujui risalah (final).
      </p>
    );
  return (
    <ul className="space-y-3">
      {documents.map((d) => (
        <li key={d.id} className="rounded-md border border-slate-200 p-3 text-sm">
          <div className="flex flex-wrap items-center gap-2">
            <span className="font-semibold">Versi {d.documentVersion}</span>
            <span className="font-mono">{d.code}</span>
            {d.completedAt ? (
              d.supersededAt ? (
                <Badge tone="amber">Digantikan</Badge>
              ) : (
                <Badge tone="green">Berlaku</Badge>
              )
            ) : (
              <Badge tone="blue">Menunggu tanda tangan</Badge>
            )}
            {d.publishedAt ? <Badge tone="green">Terbit</Badge> : null}
          </div>
          {d.correctionReason ? <p className="mt-1 text-slate-700">Koreksi: {d.correctionReason}</p> : null}
          <ul className="mt-1 text-slate-700">
            {d.signatures.length === 0 ? <li>Belum ditandatangani.</li> : null}
            {d.signatures.map((s) => (
              <li key={s.role}>
                {ROLE[s.role]}: {s.name} — {formatDateTime(s.signedAt)}
              </li>
            ))}
          </ul>
          <p className="mt-1 break-all text-xs text-slate-600">
            {d.pageCount} halaman · {formatBytes(d.size)}
            {d.sha256 ? ` · SHA-256 ${d.sha256}` : ""}
          </p>
          <p className="mt-2 flex flex-wrap gap-3">
            <a href={`/api/v1/risalah/${d.id}/pdf`} target="_blank" rel="noopener">
              Lihat PDF versi {d.documentVersion}
            </a>
            <a href={`/api/v1/risalah/${d.id}/pdf?unduh=1`}>Unduh PDF versi {d.documentVersion}</a>
            {d.completedAt ? <a href={`/verifikasi/${d.code}`}>Halaman verifikasi</a> : null}
          </p>
        </li>
      ))}
    </ul>
  );
}
