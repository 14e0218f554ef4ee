import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { VerifyForm } from "@/components/verification/verify-form";
import { verifyUploadAction } from "@/lib/minutes/actions";
import { normalizeLetterCode } from "@/lib/epaper/pdf-data";
import { normalizeDocumentCode } from "@/lib/minutes/pdf-data";

export const metadata: Metadata = {
  title: "Verifikasi Dokumen",
  description: "Periksa keaslian risalah rapat dan surat DPRD Kota Balikpapan yang ditandatangani secara elektronik.",
};

export default async function VerifyPage({ searchParams }: { searchParams: Promise<{ kode?: string }> }) {
  const { kode } = await searchParams;
  const code = kode ? (normalizeDocumentCode(kode) ?? normalizeLetterCode(kode)) : null;
  if (code) redirect(`/verifikasi/${code}`);
  return (
    <div className="max-w-3xl space-y-8">
      <div>
        <h1 className="text-3xl font-bold">Verifikasi risalah dan surat</h1>
        <p className="mt-2 text-slate-700">
          Masukkan kode verifikasi yang tercetak di bawah kode QR risalah atau surat, atau unggah berkas PDF-nya.
        </p>
      </div>
      <form className="space-y-2" role="search" aria-label="Cari dengan kode verifikasi">
        <label htmlFor="kode" className="block text-sm font-semibold">
          Kode verifikasi
        </label>
        {kode && !code ? (
          <p id="kode-error" className="text-sm font-medium text-red-700">
            Kode tidak valid. Contoh format: RSL-7KX9-Q2MD (risalah) atau SRT-7KX9-Q2MD (surat).
          </p>
        ) : null}
        <div className="flex flex-wrap gap-2">
          <input
            id="kode"
            name="kode"
            defaultValue={kode}
            maxLength={20}
            placeholder="RSL-XXXX-XXXX"
            aria-invalid={kode && !code ? true : undefined}
            aria-describedby={kode && !code ? "kode-error" : undefined}
            className="rounded-md border border-slate-400 px-3 py-2 font-mono uppercase"
          />
          <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-4 font-semibold text-white">
            Buka
          </button>
        </div>
      </form>
      <section aria-labelledby="unggah" className="space-y-3">
        <h2 id="unggah" className="text-xl font-bold">
          Periksa berkas PDF
        </h2>
        <VerifyForm action={verifyUploadAction} />
      </section>
    </div>
  );
}
