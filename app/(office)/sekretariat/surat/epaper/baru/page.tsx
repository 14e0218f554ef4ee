import type { Metadata } from "next";
import { ActionForm } from "@/components/epaper/action-form";
import { DraftFields } from "@/components/epaper/draft-fields";
import { LettersSubnav } from "@/components/letters/subnav";
import { PageHeader } from "@/components/ui/misc";
import { requirePageActor } from "@/lib/auth/page";
import { createLetterAction } from "@/lib/epaper/actions";
import { draftingData } from "@/lib/epaper/page-data";

export const metadata: Metadata = { title: "Buat Surat E-Paper" };

export default async function NewEpaperPage() {
  const actor = await requirePageActor("epaper.draft");
  const { templates, signers } = await draftingData(actor);
  return (
    <div>
      <LettersSubnav actor={actor} current="/sekretariat/surat/epaper" />
      <PageHeader
        title="Buat surat"
        description="Pilih jenis surat; isi baku jenis surat dipakai bila isi dikosongkan."
      />
      <ActionForm action={createLetterAction} submitLabel="Buat draf">
        <label className="block text-sm font-medium">
          Jenis surat
          <select
            name="templateCode"
            className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2"
          >
            {templates.map((t) => (
              <option key={t.code} value={t.code}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
        <DraftFields v={{}} signers={signers} isNew />
      </ActionForm>
    </div>
  );
}
