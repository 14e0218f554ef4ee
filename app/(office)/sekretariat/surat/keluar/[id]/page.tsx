import type { Metadata } from "next";
import Link from "next/link";
import { NatureBadge, OutgoingStatusBadge } from "@/components/letters/badges";
import { DataList, FileList, RevisionHistory } from "@/components/letters/incoming-view";
import { CancelWithReasonForm, IssueForm } from "@/components/letters/outgoing-actions";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/misc";
import { requirePageActor } from "@/lib/auth/page";
import { formatDate, formatDateTime } from "@/lib/format";
import { cancelOutgoingAction, issueOutgoingAction } from "@/lib/letters/actions";
import { resolveRegister } from "@/lib/letters/number-allocation";
import { getOutgoing } from "@/lib/letters/outgoing-read";
import { orNotFound } from "@/lib/letters/page-data";

export const metadata: Metadata = { title: "Surat Keluar" };

export default async function OutgoingDetailPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ baru?: string; diubah?: string; terbit?: string }>;
}) {
  const actor = await requirePageActor("letter.read");
  const { id } = await params;
  const sp = await searchParams;
  const detail = await orNotFound(getOutgoing(actor, id));
  const l = detail.letter;
  const reg = detail.canIssue ? await resolveRegister("keluar", l.registerId).catch(() => null) : null;
  const rows: [string, React.ReactNode][] = [
    ["Nomor surat", l.number ? <span className="font-mono">{l.number}</span> : "Belum terbit (draf)"],
    ["Status", <OutgoingStatusBadge key="s" status={l.status} />],
    ["Tanggal surat", formatDate(l.letterDate)],
    ["Sifat", <NatureBadge key="n" nature={l.nature} />],
    [
      "Klasifikasi",
      <span key="k" className="font-mono">
        {l.classificationCode}
      </span>,
    ],
    ["Register", l.registerName],
    ["Penanda tangan", l.signer],
    ["Dibuat oleh", l.drafterName],
    ["Disetujui", l.issuedAt ? `${l.issuerName ?? ""}, ${formatDateTime(l.issuedAt)}` : "—"],
  ];
  return (
    <div className="space-y-6">
      <PageHeader
        title={l.number ? `Surat keluar ${l.number}` : "Draf surat keluar"}
        description={l.subject}
        actions={
          detail.canEdit ? (
            <ButtonLink variant="secondary" href={`/sekretariat/surat/keluar/${l.id}/ubah`}>
              {l.status === "draf" ? "Ubah draf" : "Koreksi data"}
            </ButtonLink>
          ) : null
        }
      />
      {sp.baru ? (
        <Alert tone="success">
          {l.number
            ? `Surat tercatat dengan nomor ${l.number}.`
            : "Draf tersimpan. Nomor diterbitkan saat draf disetujui."}
        </Alert>
      ) : null}
      {sp.terbit && l.number ? (
        <Alert tone="success" title="Surat disetujui">{`Nomor surat terbit: ${l.number}`}</Alert>
      ) : null}
      {sp.diubah ? <Alert tone="success">Perubahan tersimpan dan tercatat dalam riwayat.</Alert> : null}
      {l.status === "dibatalkan" ? (
        <Alert
          tone="warning"
          title="Surat dibatalkan"
        >{`${formatDateTime(l.cancelledAt)}: ${l.cancelReason ?? ""}`}</Alert>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="mb-3 text-lg font-bold">Data surat</h2>
          <DataList rows={rows} />
          <div className="mt-3 grid gap-3 text-sm sm:grid-cols-2">
            <div>
              <p className="text-slate-600">Kepada</p>
              <p className="whitespace-pre-line">{l.recipients}</p>
            </div>
            <div>
              <p className="text-slate-600">Tembusan</p>
              <p className="whitespace-pre-line">{l.copies || "—"}</p>
            </div>
          </div>
          {detail.replyTo ? (
            <p className="mt-3 text-sm">
              Membalas surat masuk{" "}
              <Link className="underline" href={`/sekretariat/surat/masuk/${detail.replyTo.id}`}>
                {detail.replyTo.agendaNumber}
              </Link>
              : {detail.replyTo.subject}
            </p>
          ) : null}
          {l.summary ? <p className="mt-3 text-sm whitespace-pre-line">{l.summary}</p> : null}
        </Card>
        <FileList title="Berkas surat" files={detail.attachments} />
      </div>
      {detail.canIssue && reg ? (
        <Card>
          <h2 className="mb-2 text-lg font-bold">Persetujuan</h2>
          <p className="mb-3 text-sm text-slate-700">
            Menyetujui draf ini menerbitkan nomor berikutnya dari register {reg.name}.
          </p>
          <IssueForm action={issueOutgoingAction.bind(null, l.id)} format={reg.numberFormat} />
        </Card>
      ) : null}
      <RevisionHistory revisions={detail.revisions} />
      {detail.canCancel ? (
        <Card>
          <h2 className="mb-2 text-lg font-bold">Batalkan surat</h2>
          <CancelWithReasonForm
            action={cancelOutgoingAction.bind(null, l.id)}
            idPrefix="cancel-letter"
            label="Batalkan surat"
            title="Batalkan surat ini?"
            description={
              l.number
                ? `Nomor ${l.number} tetap tercatat sebagai nomor surat yang dibatalkan dan tidak akan dipakai ulang.`
                : "Draf ini tidak akan diproses lagi."
            }
          />
        </Card>
      ) : null}
    </div>
  );
}
