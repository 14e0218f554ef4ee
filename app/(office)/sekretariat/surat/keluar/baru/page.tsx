import type { Metadata } from "next";
import { OutgoingForm } from "@/components/letters/outgoing-form";
import { Card, PageHeader } from "@/components/ui/misc";
import { requirePageActor } from "@/lib/auth/page";
import { createOutgoingAction } from "@/lib/letters/actions";
import { classificationOptions } from "@/lib/letters/admin/service";
import { todayWita } from "@/lib/letters/input-checks";
import { activeRegisters } from "@/lib/letters/number-allocation";

export const metadata: Metadata = { title: "Draf Surat Keluar" };

export default async function NewOutgoingPage({ searchParams }: { searchParams: Promise<{ balas?: string }> }) {
  const actor = await requirePageActor("letter.register");
  const { balas } = await searchParams;
  const [codes, registers] = await Promise.all([classificationOptions(actor), activeRegisters("keluar")]);
  return (
    <div className="max-w-3xl">
      <PageHeader title="Draf surat keluar" description="Nomor surat diterbitkan saat draf disetujui." />
      <Card>
        <OutgoingForm
          action={createOutgoingAction}
          codes={codes}
          registers={registers}
          mode="draft"
          submitLabel="Simpan draf"
          today={todayWita()}
          initial={{ replyToAgenda: balas?.slice(0, 60), registerId: registers[0]?.id }}
        />
      </Card>
    </div>
  );
}
