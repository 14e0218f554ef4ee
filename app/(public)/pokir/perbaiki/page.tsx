import type { Metadata } from "next";
import { connection } from "next/server";
import { ProposalForm } from "@/components/pokir/proposal-form";
import { Alert } from "@/components/ui/alert";
import { listAttachments } from "@/lib/attachments/service";
import { isAppError } from "@/lib/errors";
import { correctPokirAction } from "@/lib/pokir/actions";
import { POKIR_PHOTO_OWNER } from "@/lib/pokir/constants";
import { openCorrection } from "@/lib/pokir/correction";
import { pokirFormOptions } from "@/lib/pokir/read";

export const metadata: Metadata = { title: "Perbaiki Usulan Pokir", robots: { index: false } };

export default async function CorrectPage({
  searchParams,
}: {
  searchParams: Promise<{ kode?: string; token?: string }>;
}) {
  await connection();
  const sp = await searchParams;
  const p = await openCorrection(sp.kode ?? "", sp.token ?? "").catch((e) => {
    if (isAppError(e)) return null;
    throw e;
  });
  if (!p) {
    return (
      <div className="max-w-2xl space-y-4">
        <h1 className="text-3xl font-bold">Perbaiki usulan pokir</h1>
        <Alert tone="warning" title="Tautan tidak berlaku">
          Tautan perbaikan sudah dipakai, kedaluwarsa, atau tidak sah. Minta tautan baru dari halaman lacak usulan.
        </Alert>
      </div>
    );
  }
  const [options, photos] = await Promise.all([
    pokirFormOptions(),
    listAttachments({ type: POKIR_PHOTO_OWNER, id: p.id }),
  ]);
  const defaults = Object.fromEntries(
    (["title", "masalah", "usulan", "rt", "rw", "address", "unit", "priority"] as const)
      .map((k) => [k, String(p[k] ?? "")])
      .concat([
        ["kelurahanId", String(p.kelurahanId)],
        ["bidangId", p.bidangId ? String(p.bidangId) : ""],
        ["volume", String(p.volume)],
        ["estimatedCost", p.estimatedCost === null ? "" : String(p.estimatedCost)],
        ["latitude", p.latitude === null ? "" : String(p.latitude)],
        ["longitude", p.longitude === null ? "" : String(p.longitude)],
      ]),
  );
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold">Perbaiki usulan {p.trackingCode}</h1>
      <Alert tone="warning" title="Alasan dikembalikan">
        {p.statusReason}
      </Alert>
      <ProposalForm
        action={correctPokirAction}
        options={options}
        mode="correct"
        hidden={{ kode: p.trackingCode, token: sp.token ?? "" }}
        defaults={defaults}
        existingPhotos={photos.length}
        submitLabel="Kirim perbaikan"
      />
    </div>
  );
}
