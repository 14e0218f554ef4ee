import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isUuid } from "@/lib/validation";
import { OtpForm } from "@/components/privacy/data-request-forms";
import { PageHeader } from "@/components/ui/misc";
import { confirmDataRequestAction } from "@/lib/privacy/actions";

export const metadata: Metadata = { title: "Masukkan Kode Sekali Pakai", robots: { index: false } };

export default async function DataRequestConfirmPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ ke?: string }> }) {
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const { ke } = await searchParams;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader
        title="Masukkan kode sekali pakai"
        description={`Kode 6 angka telah dikirim${ke ? ` ke ${ke.slice(0, 120)}` : ""}. Kode berlaku 15 menit dan hanya dapat dipakai sekali.`}
      />
      <OtpForm action={confirmDataRequestAction.bind(null, id)} />
    </div>
  );
}
