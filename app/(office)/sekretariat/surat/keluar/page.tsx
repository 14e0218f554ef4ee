import type { Metadata } from "next";
import Link from "next/link";
import { NatureBadge, OutgoingStatusBadge } from "@/components/letters/badges";
import { LetterFilters } from "@/components/letters/list-filters";
import { LettersSubnav } from "@/components/letters/subnav";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader, Pagination } from "@/components/ui/misc";
import { can } from "@/lib/auth/guard";
import { requirePageActor } from "@/lib/auth/page";
import { formatDate } from "@/lib/format";
import { OUTGOING_STATUSES, OUTGOING_STATUS_LABELS } from "@/lib/letters/constants";
import { listOutgoing } from "@/lib/letters/outgoing-read";
import { parseListQuery } from "@/lib/letters/schema";
import { Cell, DataTable, Row } from "@/components/ui/table";

export const metadata: Metadata = { title: "Surat Keluar" };

export default async function OutgoingListPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageActor("letter.read");
  const raw = await searchParams;
  const { query, errors, values, pageHref } = parseListQuery(raw, "/sekretariat/surat/keluar");
  const { items, total, page, pageSize } = await listOutgoing(actor, query);
  return (
    <div>
      <PageHeader
        title="Surat keluar"
        description="Draf surat mendapat nomor saat disetujui; nomor urut tanpa celah per register per tahun."
        actions={
          can(actor, "letter.register") ? (
            <ButtonLink href="/sekretariat/surat/keluar/baru">Buat draf surat keluar</ButtonLink>
          ) : null
        }
      />
      <LettersSubnav actor={actor} current="/sekretariat/surat/keluar" />
      <LetterFilters
        values={values}
        errors={errors}
        statuses={OUTGOING_STATUSES.map((s) => ({ value: s, label: OUTGOING_STATUS_LABELS[s] }))}
      />
      {Object.keys(errors).length ? <Alert tone="warning">Sebagian filter tidak valid dan diabaikan.</Alert> : null}
      {items.length === 0 ? (
        <EmptyState title="Tidak ada surat keluar yang cocok">
          Ubah kata kunci atau filter, atau buat draf surat keluar.
        </EmptyState>
      ) : (
        <DataTable
          label="Daftar surat keluar"
          caption={<>Daftar surat keluar, {total} surat</>}
          columns={["Nomor", "Tanggal", "Perihal / kepada", "Sifat", "Status"]}
          stackOnPhone
        >
          {items.map((l) => (
            <Row key={l.id}>
              <Cell className="font-mono whitespace-nowrap">
                <Link href={`/sekretariat/surat/keluar/${l.id}`}>{l.number ?? "Draf"}</Link>
              </Cell>
              <Cell className="whitespace-nowrap">{formatDate(l.letterDate)}</Cell>
              <Cell>
                <span className="block font-semibold">{l.subject}</span>
                <span className="block text-slate-600">
                  {l.recipients.split("\n")[0]}
                  {l.recipients.includes("\n") ? " dan lainnya" : ""} · klas. {l.classificationCode}
                </span>
              </Cell>
              <Cell>
                <NatureBadge nature={l.nature} />
              </Cell>
              <Cell>
                <OutgoingStatusBadge status={l.status} />
              </Cell>
            </Row>
          ))}
        </DataTable>
      )}
      <Pagination page={page} pageSize={pageSize} total={total} href={pageHref} />
    </div>
  );
}
