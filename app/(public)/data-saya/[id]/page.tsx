import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isUuid } from "@/lib/validation";
import { OtpForm } from "@/components/privacy/data-request-forms";
import { PageHeader } from "@/components/ui/misc";
import { confirmDataRequestAction } from "@/lib/privacy/actions";
import { DATA_REQUEST_SENT } from "@/lib/privacy/messages";

export const metadata: Metadata = { title: "Masukkan Kode Sekali Pakai", robots: { index: false } };

export default async function DataRequestConfirmPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isUuid(id)) notFound();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader
        title="Masukkan kode sekali pakai"
        description={`${DATA_REQUEST_SENT} Kode 6 angka itu berlaku 15 menit dan hanya dapat dipakai sekali.`}
      />
      <OtpForm action={confirmDataRequestAction.bind(null, id)} />
    </div>
  );
}
