import { formatDateTime } from "@/lib/format";
import type { VerificationResult } from "@/lib/verification/upload";

/** What the stored document is, in one sentence, for an authentic upload. */
function MatchLine({ result }: { result: VerificationResult }) {
  if (result.verdict !== "asli") return null;
  if (result.document) {
    const d = result.document;
    return (
      <p className="mt-1 text-sm">
        Sama persis dengan dokumen {d.code} versi {d.documentVersion} ({d.title}).
        {!d.current ? " Perhatian: versi ini telah digantikan oleh versi koreksi yang lebih baru." : ""}
      </p>
    );
  }
  if (result.letter) {
    const l = result.letter;
    return (
      <p className="mt-1 text-sm">
        Sama persis dengan surat {l.code}
        {l.subject
          ? ` (${l.number ? `${l.number}, ` : ""}${l.subject})`
          : " (surat bersifat rahasia: isinya tidak ditampilkan)"}
        , ditandatangani {formatDateTime(l.signedAt)}.
        {!l.current ? " Perhatian: surat ini telah digantikan oleh surat koreksi." : ""}
      </p>
    );
  }
  return null;
}

/** One line per signature found in the upload. */
function SignatureList({ signatures }: { signatures: VerificationResult["signatures"] }) {
  if (!signatures.length) return null;
  return (
    <ul className="mt-3 space-y-1 text-sm">
      {signatures.map((s) => (
        <li key={s.index}>
          Tanda tangan {s.index}: {s.signerName ?? "nama tidak ditampilkan"} —{" "}
          {s.valid ? "sah secara kriptografis" : "TIDAK sah"}
          {s.valid && s.trusted ? ", sertifikat terdaftar (rantai tervalidasi ke CA tepercaya)" : ""}
          {s.valid && s.override ? ", sertifikat diimpor dengan pengecualian admin (rantai tidak tervalidasi)" : ""}
          {s.valid && !s.trusted && !s.override ? ", sertifikat tidak tepercaya" : ""}
          {s.coversWholeDocument ? ", mencakup seluruh dokumen" : ""}
        </li>
      ))}
    </ul>
  );
}

/** "Dokumen asli" or "Tidak cocok", with the reasons and the signatures. */
export function VerifyResult({ result }: { result: VerificationResult }) {
  const ok = result.verdict === "asli";
  return (
    <div className={`rounded-lg border-2 p-4 ${ok ? "border-green-600 bg-green-50" : "border-red-600 bg-red-50"}`}>
      <p className={`text-xl font-bold ${ok ? "text-green-900" : "text-red-900"}`}>{result.label}</p>
      <MatchLine result={result} />
      {result.reasons.length ? (
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-red-900">
          {result.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      ) : null}
      <SignatureList signatures={result.signatures} />
      <p className="mt-2 text-xs break-all text-slate-700">SHA-256 berkas yang diunggah: {result.sha256}</p>
      {result.document ? (
        <p className="mt-1 text-xs text-slate-700">
          Ditandatangani lengkap {formatDateTime(result.document.completedAt)}
        </p>
      ) : null}
    </div>
  );
}
