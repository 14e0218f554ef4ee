import type { Metadata } from "next";
import { DelegationForm } from "@/components/epaper/delegation-form";
import { DelegationList } from "@/components/epaper/delegation-list";
import { RevokeDelegationForm } from "@/components/epaper/revoke-delegation-form";
import { LettersSubnav } from "@/components/letters/subnav";
import { Card, PageHeader } from "@/components/ui/misc";
import { requirePageActor } from "@/lib/auth/page";
import { delegationAction, revokeDelegationAction } from "@/lib/epaper/actions";
import { DELEGATION_LABELS, DELEGATION_MODES } from "@/lib/epaper/constants";
import { delegationOverview } from "@/lib/epaper/delegations";
import { signerOptions } from "@/lib/epaper/page-data";

export const metadata: Metadata = { title: "Delegasi Tanda Tangan" };

export default async function DelegationsPage() {
  const actor = await requirePageActor("epaper.delegate");
  const [{ current, past }, people] = await Promise.all([delegationOverview(actor), signerOptions()]);
  return (
    <div className="space-y-6">
      <LettersSubnav actor={actor} current="/sekretariat/surat/epaper" />
      <PageHeader
        title="Delegasi tanda tangan"
        description="Saat pejabat penanda tangan berhalangan, surat E-Paper ditandatangani atas nama (a.n.) atau oleh pelaksana harian (Plh.) menurut delegasi yang tercatat di sini, hanya dalam rentang tanggalnya."
      />
      <Card>
        <h2 className="mb-3 text-lg font-bold">Catat delegasi</h2>
        <DelegationForm
          action={delegationAction}
          people={people.map((p) => ({ value: p.id, label: p.label }))}
          modes={DELEGATION_MODES.map((m) => ({ value: m, label: DELEGATION_LABELS[m] }))}
        />
      </Card>
      <section aria-labelledby="berlaku" className="space-y-2">
        <h2 id="berlaku" className="text-lg font-bold">
          Berlaku dan akan datang
        </h2>
        <DelegationList
          rows={current}
          empty="Tidak ada delegasi yang berlaku."
          actions={(r) => (
            <RevokeDelegationForm
              action={revokeDelegationAction.bind(null, r.id)}
              summary={`${r.delegateName} ${r.modeLabel} ${r.principalName}`}
            />
          )}
        />
      </section>
      <section aria-labelledby="riwayat" className="space-y-2">
        <h2 id="riwayat" className="text-lg font-bold">
          Riwayat
        </h2>
        <DelegationList rows={past} empty="Belum ada delegasi yang selesai atau diakhiri." />
      </section>
    </div>
  );
}
