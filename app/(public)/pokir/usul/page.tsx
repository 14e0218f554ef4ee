import type { Metadata } from "next";
import { connection } from "next/server";
import { ProposalForm } from "@/components/pokir/proposal-form";
import { Alert } from "@/components/ui/alert";
import { antiSpamConfig } from "@/lib/antispam/config";
import { newFormToken } from "@/lib/antispam/service";
import { formatDateTime } from "@/lib/format";
import { submitPokirAction } from "@/lib/pokir/actions";
import { nextPeriod, openPeriod } from "@/lib/pokir/periods";
import { pokirFormOptions } from "@/lib/pokir/read";

export const metadata: Metadata = {
  title: "Ajukan Usulan Pokir",
  description: "Formulir usulan pokok-pokok pikiran DPRD Kota Balikpapan.",
};

export default async function ProposePage() {
  await connection();
  const [open, options] = await Promise.all([openPeriod(), pokirFormOptions()]);
  if (!open) {
    const next = await nextPeriod();
    return (
      <div className="space-y-4">
        <h1 className="text-3xl font-bold">Ajukan usulan pokir</h1>
        <Alert tone="warning" title="Pengajuan pokir sedang ditutup">
          {next
            ? `Periode berikutnya dibuka ${formatDateTime(next.opensAt)}.`
            : "Jadwal periode berikutnya belum ditetapkan."}
        </Alert>
        <a href="/pokir">Kembali</a>
      </div>
    );
  }
  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <h1 className="text-3xl font-bold">Ajukan usulan pokir</h1>
        <p className="mt-2 text-slate-700">
          {open.name}: dibuka sampai {formatDateTime(open.closesAt)}. Kolom bertanda{" "}
          <span className="text-red-700">*</span> wajib diisi.
        </p>
      </div>
      <ProposalForm
        action={submitPokirAction}
        options={options}
        mode="public"
        antiSpam={{ formToken: newFormToken(), challenge: antiSpamConfig().challenge }}
      />
    </div>
  );
}
