import type { Metadata } from "next";
import Link from "next/link";
import { CancelWithReasonForm } from "@/components/letters/outgoing-actions";
import { ReservationForm } from "@/components/letters/reservation-form";
import { LettersSubnav } from "@/components/letters/subnav";
import { ButtonLink } from "@/components/ui/button";
import { Badge, Card, EmptyState, PageHeader, Pagination } from "@/components/ui/misc";
import { can } from "@/lib/auth/guard";
import { requirePageActor } from "@/lib/auth/page";
import { formatDate, formatDateTime } from "@/lib/format";
import { cancelReservationAction, reserveNumbersAction } from "@/lib/letters/actions";
import { classificationOptions } from "@/lib/letters/admin/service";
import { todayWita } from "@/lib/letters/input-checks";
import { NUMBER_STATUS_LABELS } from "@/lib/letters/constants";
import { activeRegisters } from "@/lib/letters/number-allocation";
import { listReservations } from "@/lib/letters/reservations";
import { pageParam } from "@/lib/validation";

export const metadata: Metadata = { title: "Nomor Cadangan" };

const TONE = { dicadangkan: "amber", dibatalkan: "red", dipakai: "green" } as const;
const FILTERS = [
  { value: "", label: "Semua" },
  { value: "dicadangkan", label: "Belum dipakai" },
  { value: "dipakai", label: "Sudah dipakai" },
  { value: "dibatalkan", label: "Dibatalkan" },
];

export default async function ReservationsPage({
  searchParams,
}: {
  searchParams: Promise<{ status?: string; hal?: string }>;
}) {
  const actor = await requirePageActor("letter.read");
  const sp = await searchParams;
  const status = ["dicadangkan", "dibatalkan", "dipakai"].includes(sp.status ?? "")
    ? (sp.status as "dicadangkan")
    : undefined;
  const { items, total, page, pageSize } = await listReservations(actor, { status, page: pageParam(sp.hal) });
  const mayIssue = can(actor, "letter.outgoing.issue");
  const [codes, registers] = mayIssue
    ? await Promise.all([classificationOptions(actor), activeRegisters("keluar")])
    : [[], []];
  return (
    <div className="space-y-6">
      <PageHeader
        title="Nomor cadangan"
        description="Cadangkan nomor surat keluar untuk surat yang ditandatangani manual saat sistem lain tidak tersedia. Nomor yang tidak terpakai dibatalkan dengan alasan dan tetap tercatat; nomor tidak pernah dipakai ulang."
      />
      <LettersSubnav actor={actor} current="/sekretariat/surat/keluar/cadangan" />
      {mayIssue ? (
        <Card>
          <h2 className="mb-3 text-lg font-bold">Cadangkan nomor</h2>
          <ReservationForm action={reserveNumbersAction} codes={codes} registers={registers} today={todayWita()} />
        </Card>
      ) : null}
      <nav aria-label="Saring nomor cadangan" className="flex flex-wrap gap-2 text-sm">
        {FILTERS.map((f) => (
          <Link
            key={f.value}
            href={`/sekretariat/surat/keluar/cadangan${f.value ? `?status=${f.value}` : ""}`}
            aria-current={(status ?? "") === f.value ? "page" : undefined}
            className="rounded-full border border-slate-300 bg-white px-3 py-1 no-underline aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
          >
            {f.label}
          </Link>
        ))}
      </nav>
      {items.length === 0 ? (
        <EmptyState title="Belum ada nomor cadangan" />
      ) : (
        <ul className="space-y-3">
          {items.map((r) => (
            <li key={r.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-mono font-semibold">{r.number}</span>
                <Badge tone={TONE[r.status]}>{NUMBER_STATUS_LABELS[r.status]}</Badge>
              </div>
              <p className="text-sm text-slate-700">
                {r.reservedFor} · tanggal surat {formatDate(r.letterDate)} · dicadangkan oleh {r.reservedByName},{" "}
                {formatDateTime(r.createdAt)}
              </p>
              {r.status === "dibatalkan" ? (
                <p className="text-sm text-red-800">
                  Dibatalkan oleh {r.cancelledByName}, {formatDateTime(r.cancelledAt)}: {r.cancelReason}
                </p>
              ) : null}
              {r.letterId ? (
                <p className="text-sm">
                  Dipakai oleh{" "}
                  <Link className="underline" href={`/sekretariat/surat/keluar/${r.letterId}`}>
                    surat ini
                  </Link>
                  .
                </p>
              ) : null}
              {r.status === "dicadangkan" && mayIssue ? (
                <div className="mt-3 grid gap-3 border-t border-slate-100 pt-3 sm:grid-cols-2">
                  <div>
                    <ButtonLink href={`/sekretariat/surat/keluar/cadangan/${r.id}`}>
                      Catat surat dengan nomor ini
                    </ButtonLink>
                  </div>
                  <CancelWithReasonForm
                    action={cancelReservationAction.bind(null, r.id)}
                    idPrefix={`batal-${r.id.slice(0, 8)}`}
                    label="Batalkan nomor"
                    title={`Batalkan nomor ${r.number}?`}
                    description="Nomor ini tetap tercatat sebagai dibatalkan dan tidak akan dipakai ulang."
                  />
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={page}
        pageSize={pageSize}
        total={total}
        href={(p) =>
          `/sekretariat/surat/keluar/cadangan?${new URLSearchParams({ ...(status ? { status } : {}), hal: String(p) })}`
        }
      />
    </div>
  );
}
