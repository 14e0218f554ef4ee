import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { normalizeTrackingCode } from "@/lib/tracking/code";

export const metadata: Metadata = { title: "Usulan Pokir Terkirim", robots: { index: false } };

export default async function SubmittedPage({ searchParams }: { searchParams: Promise<{ kode?: string }> }) {
  const code = normalizeTrackingCode((await searchParams).kode ?? "");
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-3xl font-bold">Usulan Anda terkirim</h1>
      <Alert tone="success" title="Simpan kode lacak ini">
        <p className="font-mono text-2xl font-bold" data-testid="kode-lacak">
          {code ?? "—"}
        </p>
        <p className="mt-2">
          Kode ini juga dikirim ke WhatsApp/email Anda bila diisi. Dengan kode ini Anda dapat memantau usulan sampai
          hasil RKPD/APBD.
        </p>
      </Alert>
      {code ? <a href={`/pokir/lacak?kode=${code}`}>Lihat status usulan</a> : null}
    </div>
  );
}
