import type { Metadata } from "next";
import { SubmissionForm } from "@/components/aspirations/submission-form";
import { antiSpamConfig } from "@/lib/antispam/config";
import { newFormToken } from "@/lib/antispam/service";
import { submitAspirationAction } from "@/lib/aspirations/actions";
import { cachedFormOptions } from "@/lib/aspirations/cached";
export const metadata: Metadata = {
  title: "Kirim aspirasi — SIAP",
  description: "Sampaikan aspirasi atau pengaduan kepada DPRD Kota Balikpapan dan lacak tindak lanjutnya dengan kode.",
};
export const dynamic = "force-dynamic";

export default async function SubmitPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const areas = await cachedFormOptions();
  // "Kirim aspirasi ke dapil ini" links here with ?kelurahan=<id>: prefill the kelurahan and its kecamatan.
  const { kelurahan: kelParam } = await searchParams;
  const kel = typeof kelParam === "string" ? areas.kelurahan.find((k) => String(k.id) === kelParam) : undefined;
  const prefill = kel ? { kelurahan: String(kel.id), kecamatan: String(kel.kecamatanId) } : undefined;
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-2xl font-bold">Kirim aspirasi</h1>
      <p className="mt-2 text-slate-700">
        Aspirasi Anda diverifikasi Sekretariat DPRD dalam 3 hari kerja lalu diteruskan ke anggota DPRD dapil Anda atau
        komisi terkait. Anda mendapat kode lacak untuk memantau tindak lanjutnya di{" "}
        <a href="/lacak" className="underline">
          halaman lacak
        </a>
        .
      </p>
      <div className="mt-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <SubmissionForm
          action={submitAspirationAction}
          areas={areas}
          formToken={newFormToken()}
          challenge={antiSpamConfig().challenge}
          prefill={prefill}
        />
      </div>
    </div>
  );
}
