import type { Metadata } from "next";
import { DataRequestForm } from "@/components/privacy/data-request-forms";
import { PageHeader } from "@/components/ui/misc";
import { startDataRequestAction } from "@/lib/privacy/actions";

export const metadata: Metadata = {
  title: "Data Pribadi Saya",
  description:
    "Minta salinan data pribadi Anda yang tersimpan di Si Dilan, dengan kode pelacakan dan kode sekali pakai.",
};

export default function DataRequestPage() {
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <PageHeader
        title="Data pribadi saya"
        description="Sesuai UU 27/2022 tentang Pelindungan Data Pribadi, Anda berhak melihat data pribadi Anda yang kami simpan. Masukkan kode pelacakan salah satu laporan Anda; kami mengirim kode sekali pakai ke email atau WhatsApp yang Anda cantumkan di laporan itu."
      />
      <DataRequestForm action={startDataRequestAction} />
      <p className="text-sm text-slate-700">
        Laporan anonim tidak menyimpan nama maupun kontak. Baca{" "}
        <a className="underline" href="/privasi">
          Kebijakan Privasi
        </a>{" "}
        untuk hak Anda yang lain.
      </p>
    </div>
  );
}
