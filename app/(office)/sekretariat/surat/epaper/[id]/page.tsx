import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/epaper/action-form";
import { ChainList } from "@/components/epaper/chain-list";
import { DraftFields } from "@/components/epaper/draft-fields";
import { LetterFiles } from "@/components/epaper/letter-files";
import { LetterView } from "@/components/epaper/letter-view";
import { SignForm } from "@/components/epaper/sign-form";
import { LettersSubnav } from "@/components/letters/subnav";
import { Alert } from "@/components/ui/alert";
import { TextAreaField, TextField } from "@/components/ui/field";
import { Card, PageHeader } from "@/components/ui/misc";
import { requirePageActor } from "@/lib/auth/page";
import {
  addLetterFilesAction,
  correctLetterAction,
  parafAction,
  removeLetterFileAction,
  saveDraftAction,
  sendLetterAction,
  signLetterAction,
  submitLetterAction,
} from "@/lib/epaper/actions";
import { listLetterFiles } from "@/lib/epaper/attachments";
import { EPAPER_STATUS_LABELS } from "@/lib/epaper/constants";
import { letterDetail, signerOptions } from "@/lib/epaper/page-data";
import { partiesText } from "@/lib/epaper/schema";
import { orNotFound } from "@/lib/letters/page-data";

export const metadata: Metadata = { title: "Surat E-Paper" };

export default async function EpaperDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("letter.read");
  const { id } = await params;
  const d = await orNotFound(letterDetail(actor, id));
  const l = d.letter;
  const signers = d.can.edit ? await signerOptions() : [];
  const files = await listLetterFiles(actor, l.id);
  return (
    <div className="space-y-6">
      <LettersSubnav actor={actor} current="/sekretariat/surat/epaper" />
      <PageHeader
        title={l.number ? `Surat ${l.number}` : "Draf surat"}
        description={`${EPAPER_STATUS_LABELS[l.status]}${d.waitingOn ? ` — menunggu paraf ${d.waitingOn}` : ""}`}
      />
      {l.correctionReason ? (
        <Alert tone="info">Koreksi atas surat sebelumnya. Alasan: {l.correctionReason}</Alert>
      ) : null}
      {l.code ? (
        <p className="flex flex-wrap gap-4 font-semibold">
          <a href={`/api/v1/surat/keluar/${l.id}/pdf`} className="underline">
            Lihat PDF bertanda tangan
          </a>
          <a href={`/verifikasi/${l.code}`} className="underline">
            Halaman verifikasi ({l.code})
          </a>
        </p>
      ) : (
        <p className="flex flex-wrap gap-4 font-semibold">
          <a href={`/api/v1/surat/keluar/${l.id}/pratinjau`} className="underline">
            Pratinjau PDF (tata letak surat, belum bernomor)
          </a>
          <Link href={`/sekretariat/surat/epaper/${l.id}/versi`} className="underline">
            Riwayat versi
          </Link>
        </p>
      )}
      {d.can.edit ? (
        <Card>
          <h2 className="mb-3 text-lg font-bold">Sunting draf</h2>
          <ActionForm action={saveDraftAction.bind(null, l.id)} submitLabel="Simpan draf" variant="secondary">
            <input type="hidden" name="revision" value={l.revision} />
            <DraftFields
              v={{
                ...l,
                attachmentsNote: l.attachmentsNote ?? "",
                recipients: partiesText(l.recipients),
                copies: partiesText(l.copies),
              }}
              signers={signers}
            />
          </ActionForm>
        </Card>
      ) : (
        <LetterView l={l} signerName={d.signerName} />
      )}
      <Card>
        <LetterFiles
          files={files}
          add={d.can.edit ? addLetterFilesAction.bind(null, l.id) : undefined}
          remove={d.can.edit ? removeLetterFileAction.bind(null, l.id) : undefined}
        />
      </Card>
      {d.can.submit ? (
        <ActionForm action={submitLetterAction.bind(null, l.id)} submitLabel="Ajukan untuk paraf" />
      ) : null}
      {d.can.paraf ? (
        <Card>
          <h2 className="mb-3 text-lg font-bold">Paraf koordinasi</h2>
          <ActionForm action={parafAction.bind(null, l.id)} submitLabel="Kirim keputusan">
            <fieldset className="space-y-1 text-sm">
              <legend className="font-medium">Keputusan</legend>
              <label className="block">
                <input type="radio" name="decision" value="setuju" defaultChecked /> Paraf (setuju)
              </label>
              <label className="block">
                <input type="radio" name="decision" value="kembalikan" /> Kembalikan dengan catatan
              </label>
            </fieldset>
            <TextAreaField name="note" label="Catatan" />
          </ActionForm>
        </Card>
      ) : null}
      {d.can.sign ? <SignForm action={signLetterAction.bind(null, l.id)} totp={actor.totpEnabled} /> : null}
      {d.can.send ? (
        <ActionForm action={sendLetterAction.bind(null, l.id)} submitLabel="Kirim surat ke tujuan dan tembusan" />
      ) : null}
      <Card>
        <h2 className="mb-3 text-lg font-bold">Rantai paraf</h2>
        <ChainList chain={d.chain} />
      </Card>
      {d.deliveries.length ? (
        <Card>
          <h2 className="mb-3 text-lg font-bold">Pengiriman</h2>
          <ul className="text-sm">
            {d.deliveries.map((x) => (
              <li
                key={x.id}
              >{`${x.kind === "tembusan" ? "Tembusan" : "Tujuan"}: ${x.name} — ${x.channel === "email" ? `e-mail ${x.email}` : "cetak (QR verifikasi pada PDF)"}`}</li>
            ))}
          </ul>
        </Card>
      ) : null}
      {d.can.correct ? (
        <Card>
          <h2 className="mb-3 text-lg font-bold">Koreksi surat</h2>
          <ActionForm
            action={correctLetterAction.bind(null, l.id)}
            submitLabel="Buat surat koreksi"
            variant="secondary"
          >
            <TextField name="reason" label="Alasan koreksi" required />
          </ActionForm>
        </Card>
      ) : null}
    </div>
  );
}
