import type { Metadata } from "next";
import { ArchiveForm } from "@/components/letters/archive-form";
import { BranchActions } from "@/components/letters/branch-actions";
import { DisposisiForm } from "@/components/letters/disposisi-form";
import { DisposisiTree } from "@/components/letters/disposisi-tree";
import { FileList, IncomingSummary, RevisionHistory } from "@/components/letters/incoming-view";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/misc";
import { requirePageActor } from "@/lib/auth/page";
import { archiveIncomingAction, disposeLetterAction } from "@/lib/letters/actions";
import { OUTGOING_STATUS_LABELS } from "@/lib/letters/constants";
import { getIncoming } from "@/lib/letters/incoming-detail";
import { disposisiFormOptions, orNotFound } from "@/lib/letters/page-data";
import Link from "next/link";

export const metadata: Metadata = { title: "Surat Masuk" };

export default async function IncomingDetailPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ baru?: string; dikoreksi?: string; diarsipkan?: string }>;
}) {
  const actor = await requirePageActor("letter.read");
  const { id } = await params;
  const sp = await searchParams;
  const detail = await orNotFound(getIncoming(actor, id));
  const l = detail.letter;
  const { options, defaultDue } = await disposisiFormOptions();
  return (
    <div className="space-y-6">
      <PageHeader
        title={`Surat masuk ${l.agendaNumber}`}
        description={l.subject}
        actions={
          <>
            <ButtonLink variant="secondary" href={`/api/v1/surat/masuk/${l.id}/lembar-disposisi`} target="_blank">
              Lembar disposisi (PDF)
            </ButtonLink>
            {detail.canCorrect ? (
              <ButtonLink variant="secondary" href={`/sekretariat/surat/masuk/${l.id}/koreksi`}>
                Koreksi data
              </ButtonLink>
            ) : null}
            <ButtonLink
              variant="secondary"
              href={`/sekretariat/surat/keluar/baru?balas=${encodeURIComponent(l.agendaNumber)}`}
            >
              Buat surat balasan
            </ButtonLink>
          </>
        }
      />
      {sp.baru ? (
        <Alert
          tone="success"
          title="Surat masuk tercatat"
        >{`Nomor agenda: ${l.agendaNumber}. Tulis nomor ini pada surat fisik, lalu buat disposisi.`}</Alert>
      ) : null}
      {sp.diarsipkan ? <Alert tone="success">Surat diarsipkan.</Alert> : null}
      {sp.dikoreksi ? (
        <Alert tone="success">Koreksi tersimpan. Nilai lama tercatat dalam riwayat koreksi.</Alert>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <IncomingSummary detail={detail} />
        <FileList title="Pindaian surat" files={detail.attachments} />
      </div>
      <Card>
        <h2 className="mb-1 text-lg font-bold" id="disposisi">
          Disposisi
        </h2>
        <DisposisiTree
          branches={detail.branches}
          renderActions={(n) => <BranchActions node={n} options={options} defaultDue={defaultDue} />}
        />
      </Card>
      {detail.canDispose ? (
        <Card>
          <h2 className="mb-3 text-lg font-bold">{detail.branches.length ? "Tambah disposisi" : "Buat disposisi"}</h2>
          <DisposisiForm
            action={disposeLetterAction.bind(null, l.id)}
            options={options}
            defaultDue={defaultDue}
            fromLabel={l.addressee}
          />
        </Card>
      ) : null}
      {detail.replies.length ? (
        <Card>
          <h2 className="mb-3 text-lg font-bold">Surat balasan</h2>
          <ul className="space-y-1 text-sm">
            {detail.replies.map((r) => (
              <li key={r.id}>
                <Link className="underline" href={`/sekretariat/surat/keluar/${r.id}`}>
                  {r.number ?? "(draf)"}
                </Link>{" "}
                — {r.subject} ({OUTGOING_STATUS_LABELS[r.status]})
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      <RevisionHistory revisions={detail.revisions} />
      {detail.canArchive ? (
        <Card>
          <h2 className="mb-2 text-lg font-bold">Arsip</h2>
          <ArchiveForm action={archiveIncomingAction.bind(null, l.id)} />
        </Card>
      ) : null}
    </div>
  );
}
