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
import { db } from "@/lib/db";
import { formatDate } from "@/lib/format";
import { OUTGOING_STATUSES, OUTGOING_STATUS_LABELS } from "@/lib/letters/constants";
import { listOutgoing } from "@/lib/letters/outgoing-read";
import { parseListQuery } from "@/lib/letters/schema";
import { ScrollRegion } from "@/components/ui/table";

export const metadata: Metadata = { title: "Surat Keluar" };

export default async function OutgoingListPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor("letter.read");
  const raw = await searchParams;
  const { query, errors, values, pageHref } = parseListQuery(raw, "/sekretariat/surat/keluar");
  const { items, total, page, pageSize } = await listOutgoing(db, actor, query);
  return (
    <div>
      <PageHeader
        title="Surat keluar"
        description="Draf surat mendapat nomor saat disetujui; nomor urut tanpa celah per register per tahun."
        actions={can(actor, "letter.register") ? <ButtonLink href="/sekretariat/surat/keluar/baru">Buat draf surat keluar</ButtonLink> : null}
      />
      <LettersSubnav actor={actor} current="/sekretariat/surat/keluar" />
      <LetterFilters values={values} errors={errors} statuses={OUTGOING_STATUSES.map((s) => ({ value: s, label: OUTGOING_STATUS_LABELS[s] }))} />
      {Object.keys(errors).length ? <Alert tone="warning">Sebagian filter tidak valid dan diabaikan.</Alert> : null}
      {items.length === 0 ? (
        <EmptyState title="Tidak ada surat keluar yang cocok">Ubah kata kunci atau filter, atau buat draf surat keluar.</EmptyState>
      ) : (
        <ScrollRegion label="Daftar surat keluar">
          <table className="min-w-full text-left text-sm max-sm:block">
            <caption className="sr-only">Daftar surat keluar, {total} surat</caption>
            <thead className="bg-slate-100 text-slate-700 max-sm:sr-only">
              <tr>
                <th scope="col" className="px-3 py-2">Nomor</th>
                <th scope="col" className="px-3 py-2">Tanggal</th>
                <th scope="col" className="px-3 py-2">Perihal / kepada</th>
                <th scope="col" className="px-3 py-2">Sifat</th>
                <th scope="col" className="px-3 py-2">Status</th>
              </tr>
            </thead>
            <tbody className="max-sm:block">
              {items.map((l) => (
                <tr key={l.id} className="border-t border-slate-100 align-top max-sm:block max-sm:py-2">
                  <td className="px-3 py-2 font-mono whitespace-nowrap max-sm:block max-sm:py-0.5">
                    <Link href={`/sekretariat/surat/keluar/${l.id}`}>{l.number ?? "Draf"}</Link>
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap max-sm:block max-sm:py-0.5">{formatDate(l.letterDate)}</td>
                  <td className="px-3 py-2 max-sm:block max-sm:py-0.5">
                    <span className="block font-semibold">{l.subject}</span>
                    <span className="block text-slate-600">
                      {l.recipients.split("\n")[0]}
                      {l.recipients.includes("\n") ? " dan lainnya" : ""} · klas. {l.classificationCode}
                    </span>
                  </td>
                  <td className="px-3 py-2 max-sm:block max-sm:py-0.5">
                    <NatureBadge nature={l.nature} />
                  </td>
                  <td className="px-3 py-2 max-sm:block max-sm:py-0.5">
                    <OutgoingStatusBadge status={l.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <Pagination page={page} pageSize={pageSize} total={total} href={pageHref} />
    </div>
  );
}
