import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { formatBytes } from "@/lib/attachments/limits";
import { VerifyForm } from "@/components/verification/verify-form";
import { LetterVerificationView } from "@/components/epaper/letter-verification";
import { normalizeLetterCode } from "@/lib/epaper/pdf-data";
import { letterVerification } from "@/lib/epaper/verify";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/misc";
import { checkLookupLimit } from "@/lib/antispam/service";
import { currentActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { formatDate, formatDateTime } from "@/lib/format";
import { clientIpFromHeaders } from "@/lib/http/ip";
import { verifyDocumentAction } from "@/lib/minutes/actions";
import { orNotFound } from "@/lib/minutes/page-helpers";
import { normalizeDocumentCode } from "@/lib/minutes/pdf-data";
import { documentInfo } from "@/lib/minutes/public";

export const metadata: Metadata = { title: "Verifikasi Dokumen" };

const ROLE = { ketua: "Ketua rapat", sekretaris: "Sekretaris rapat" } as const;

export default async function VerifyCodePage({ params }: { params: Promise<{ code: string }> }) {
  await connection();
  const raw = decodeURIComponent((await params).code);
  const letterCode = normalizeLetterCode(raw);
  const code = letterCode ?? normalizeDocumentCode(raw);
  if (!code) notFound();
  const limited = await checkLookupLimit(clientIpFromHeaders(await headers())).then(
    () => null,
    (e: unknown) => {
      if (isAppError(e)) return e.message;
      throw e;
    },
  );
  if (limited) {
    return (
      <Alert tone="warning" title="Belum dapat menampilkan">
        {limited}
      </Alert>
    );
  }
  if (letterCode) {
    const letter = await letterVerification(await currentActor(), letterCode);
    if (!letter) notFound();
    return (
      <div className="max-w-3xl space-y-8">
        <LetterVerificationView v={letter} />
        <section aria-labelledby="periksa-surat" className="space-y-3">
          <h2 id="periksa-surat" className="text-xl font-bold">
            Periksa berkas surat yang Anda terima
          </h2>
          <VerifyForm action={verifyDocumentAction.bind(null, letter.code)} />
        </section>
      </div>
    );
  }
  const doc = await orNotFound(documentInfo(await currentActor(), code));
  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <p className="text-sm font-semibold text-brand-700">Verifikasi risalah · {doc.code}</p>
        <h1 className="mt-1 text-2xl font-bold">{doc.title}</h1>
        <div className="mt-2 flex flex-wrap gap-2">
          <Badge tone="blue">{doc.typeName}</Badge>
          {doc.current ? (
            <Badge tone="green">Versi berlaku</Badge>
          ) : (
            <Badge tone="amber">Versi lama — telah digantikan</Badge>
          )}
        </div>
      </div>
      {!doc.current ? (
        <Alert tone="warning">
          {doc.replacement ? (
            <>
              Dokumen ini telah dikoreksi. Versi lama tetap sah sebagai arsip; gunakan{" "}
              <a className="underline" href={`/verifikasi/${doc.replacement.code}`}>
                versi {doc.replacement.documentVersion} ({doc.replacement.code})
              </a>
              .
            </>
          ) : (
            "Dokumen ini telah dikoreksi. Versi koreksi sedang disiapkan dan belum diterbitkan; versi ini tetap tersedia sebagai arsip."
          )}
        </Alert>
      ) : null}
      <dl className="grid gap-x-6 gap-y-3 rounded-lg border border-slate-200 bg-white p-5 text-sm sm:grid-cols-2">
        <div>
          <dt className="text-slate-600">Tanggal rapat</dt>
          <dd className="font-medium">{formatDate(doc.date)}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Versi dokumen</dt>
          <dd className="font-medium">
            {doc.documentVersion} · {doc.pageCount} halaman · {formatBytes(doc.size)}
          </dd>
        </div>
        <div className="sm:col-span-2">
          <dt className="text-slate-600">SHA-256 berkas bertanda tangan</dt>
          <dd className="font-mono text-xs break-all">{doc.sha256}</dd>
        </div>
        {doc.signatures.map((s) => (
          <div key={s.role}>
            <dt className="text-slate-600">{ROLE[s.role]}</dt>
            <dd className="font-medium">
              {s.name}
              <span className="block text-xs font-normal text-slate-600">
                Ditandatangani {formatDateTime(s.signedAt)}
              </span>
            </dd>
          </div>
        ))}
        {doc.correctionReason ? (
          <div className="sm:col-span-2">
            <dt className="text-slate-600">Alasan koreksi</dt>
            <dd>{doc.correctionReason}</dd>
          </div>
        ) : null}
      </dl>
      <p className="flex flex-wrap gap-4 font-semibold">
        <a href={`/api/v1/risalah/${doc.code}/pdf?unduh=1`}>Unduh PDF asli</a>
        <a href="/api/v1/verifikasi/ca" className="underline">
          Unduh sertifikat CA Si Dilan
        </a>
      </p>
      {doc.versions.length > 1 ? (
        <section aria-labelledby="versi">
          <h2 id="versi" className="font-bold">
            Semua versi
          </h2>
          <ul className="mt-1 text-sm">
            {doc.versions.map((v) => (
              <li key={v.code}>
                <a href={`/verifikasi/${v.code}`} aria-current={v.code === doc.code ? "page" : undefined}>
                  Versi {v.documentVersion} ({v.code})
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="periksa" className="space-y-3">
        <h2 id="periksa" className="text-xl font-bold">
          Periksa berkas yang Anda miliki
        </h2>
        <VerifyForm action={verifyDocumentAction.bind(null, doc.code)} />
      </section>
    </div>
  );
}
