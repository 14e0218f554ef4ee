import type { Metadata } from "next";
import { CopyButton } from "@/components/aspirations/copy-button";
import { Alert } from "@/components/ui/alert";
import { normalizeTrackingCode } from "@/lib/tracking/code";

export const metadata: Metadata = { title: "Aspirasi terkirim — SIAP", robots: { index: false } };

export default async function SentPage({ searchParams }: { searchParams: Promise<{ kode?: string }> }) {
  const code = normalizeTrackingCode(String((await searchParams).kode ?? ""));
  if (!code) {
    return (
      <div className="mx-auto max-w-xl">
        <h1 className="text-2xl font-bold">Kode lacak tidak valid</h1>
        <p className="mt-2">
          Buka{" "}
          <a href="/lacak" className="underline">
            halaman lacak
          </a>{" "}
          dan masukkan kode Anda.
        </p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-xl space-y-5">
      <h1 className="text-2xl font-bold">Terima kasih, aspirasi Anda terkirim</h1>
      <div className="rounded-lg border border-green-300 bg-green-50 p-5">
        <p className="text-sm font-semibold text-green-900">Kode lacak Anda</p>
        <p className="mt-1 font-mono text-3xl font-bold tracking-wider text-slate-900" id="kode-lacak">
          {code}
        </p>
        <div className="mt-3">
          <CopyButton text={code} />
        </div>
      </div>
      <Alert tone="info" title="Simpan kode ini">
        Bila Anda mengisi nomor WhatsApp atau email, kode yang sama juga kami kirimkan ke sana. Bila Anda mengirim
        secara anonim, kode ini satu-satunya cara melacak aspirasi Anda.
      </Alert>
      <p>
        <a href={`/lacak?kode=${code}`} className="font-semibold">
          Lacak aspirasi ini <span aria-hidden="true">→</span>
        </a>
      </p>
    </div>
  );
}
