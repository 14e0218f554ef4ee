import type { Metadata } from "next";
import Link from "next/link";
import { IncomingStatusBadge, NatureBadge, OverdueBadge } from "@/components/letters/badges";
import { LetterFilters } from "@/components/letters/list-filters";
import { LettersSubnav } from "@/components/letters/subnav";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader, Pagination } from "@/components/ui/misc";
import { can } from "@/lib/auth/guard";
import { requirePageActor } from "@/lib/auth/page";
import { formatDate } from "@/lib/format";
import { INCOMING_STATUSES, INCOMING_STATUS_LABELS } from "@/lib/letters/constants";
import { listIncoming } from "@/lib/letters/incoming";
import { parseListQuery } from "@/lib/letters/schema";
import { Cell, DataTable, Row } from "@/components/ui/table";

export const metadata: Metadata = { title: "Surat Masuk" };

export default async function IncomingListPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageActor("letter.read");
  const raw = await searchParams;
  const { query, errors, values, pageHref } = parseListQuery(raw, "/sekretariat/surat/masuk");
  const { items, total, page, pageSize } = await listIncoming(actor, query);
  return (
    <div>
      <PageHeader
        title="Surat masuk"
        description="Register agenda surat masuk: nomor agenda tanpa celah per tahun, disposisi, dan tindak lanjut."
        actions={
          can(actor, "letter.register") ? (
            <ButtonLink href="/sekretariat/surat/masuk/baru">Catat surat masuk</ButtonLink>
          ) : null
        }
      />
      <LettersSubnav actor={actor} current="/sekretariat/surat/masuk" />
      <LetterFilters
        values={values}
        errors={errors}
        statuses={INCOMING_STATUSES.map((s) => ({ value: s, label: INCOMING_STATUS_LABELS[s] }))}
      />
      {Object.keys(errors).length ? <Alert tone="warning">Sebagian filter tidak valid dan diabaikan.</Alert> : null}
      {items.length === 0 ? (
        <EmptyState title="Tidak ada surat masuk yang cocok">
          Ubah kata kunci atau filter, atau catat surat masuk baru.
        </EmptyState>
      ) : (
        <DataTable
          label="Daftar surat masuk"
          caption={<>Daftar surat masuk, {total} surat</>}
          columns={["No. agenda", "Diterima", "Pengirim / perihal", "Sifat", "Status"]}
          stackOnPhone
        >
          {items.map((l) => (
            <Row key={l.id}>
              <Cell className="font-mono whitespace-nowrap">
                <Link href={`/sekretariat/surat/masuk/${l.id}`}>{l.agendaNumber}</Link>
              </Cell>
              <Cell className="whitespace-nowrap">{formatDate(l.receivedOn)}</Cell>
              <Cell>
                <span className="block font-semibold">{l.subject}</span>
                <span className="block text-slate-600">
                  {l.sender} · {l.senderNumber} · klas. {l.classificationCode}
                </span>
              </Cell>
              <Cell>
                <NatureBadge nature={l.nature} />
              </Cell>
              <Cell className="space-y-1">
                <IncomingStatusBadge status={l.status} /> {l.overdue ? <OverdueBadge /> : null}
              </Cell>
            </Row>
          ))}
        </DataTable>
      )}
      <Pagination page={page} pageSize={pageSize} total={total} href={pageHref} />
    </div>
  );
}
