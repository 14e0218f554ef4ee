import type { Metadata } from "next";
import Link from "next/link";
import { BreachNoticeForm } from "@/components/privacy/breach-notice-form";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/misc";
import { requirePageActor } from "@/lib/auth/page";
import { breachNoticeAction } from "@/lib/privacy/actions";
import { BREACH_NOTICE_TEMPLATE, DEFAULT_BREACH_SUBJECT } from "@/lib/privacy/breach";

export const metadata: Metadata = { title: "Pemberitahuan Kebocoran Data" };

export default async function BreachNoticePage() {
  await requirePageActor("privacy.manage");
  return (
    <div className="space-y-6">
      <PageHeader
        title="Pemberitahuan kegagalan pelindungan data pribadi"
        description="UU 27/2022 Pasal 46: subjek data dan lembaga pelindungan data pribadi diberi tahu secara tertulis paling lambat 3 × 24 jam. Halaman ini mengirim pemberitahuan kepada setiap warga yang meninggalkan kontak pada aspirasi atau usulan pokir dalam periode tertentu."
      />
      <Alert tone="info">
        Satu e-mail per alamat e-mail dan satu pesan WhatsApp per nomor, walaupun orangnya mengirim beberapa catatan.
        Catatan anonim dan kontak yang sudah dihapus dilewati. Setiap uji coba dan pengiriman tercatat di log audit;
        pengiriman dipantau di{" "}
        <Link className="underline" href="/sekretariat/outbox">
          kotak keluar
        </Link>
        . Langkah lengkap dan surat kepada lembaga: docs/breach-runbook.md.
      </Alert>
      <Card>
        <BreachNoticeForm
          action={breachNoticeAction}
          defaultSubject={DEFAULT_BREACH_SUBJECT}
          defaultBody={BREACH_NOTICE_TEMPLATE}
        />
      </Card>
    </div>
  );
}
