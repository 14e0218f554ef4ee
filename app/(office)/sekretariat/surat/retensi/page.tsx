import type { Metadata } from "next";
import Link from "next/link";
import { RetentionReviewForm } from "@/components/letters/retention-review-form";
import { LettersSubnav } from "@/components/letters/subnav";
import { Alert } from "@/components/ui/alert";
import { Badge, EmptyState, PageHeader, Pagination } from "@/components/ui/misc";
import { can } from "@/lib/auth/guard";
import { requirePageActor } from "@/lib/auth/page";
import { formatDate, formatDateTime } from "@/lib/format";
import { reviewRetentionAction } from "@/lib/letters/admin/actions";
import { RETENTION_DECISION_LABELS } from "@/lib/letters/constants";
import { listRetentionDue } from "@/lib/letters/retention-review";
import { pageParam } from "@/lib/validation";

export const metadata: Metadata = { title: "Retensi Arsip Surat" };

const TABS = [
  { jenis: "masuk", stage: "habis", label: "Surat masuk: masa simpan habis" },
  { jenis: "masuk", stage: "inaktif", label: "Surat masuk: lewat masa aktif" },
  { jenis: "keluar", stage: "habis", label: "Surat keluar: masa simpan habis" },
  { jenis: "keluar", stage: "inaktif", label: "Surat keluar: lewat masa aktif" },
] as const;

export default async function RetentionPage({
  searchParams,
}: {
  searchParams: Promise<{ jenis?: string; tahap?: string; hal?: string }>;
}) {
  const actor = await requirePageActor("letter.read");
  const sp = await searchParams;
  const jenis = sp.jenis === "keluar" ? "keluar" : "masuk";
  const stage = sp.tahap === "inaktif" ? "inaktif" : "habis";
  const r = await listRetentionDue(actor, { jenis, stage, page: pageParam(sp.hal) });
  const mayReview = can(actor, "letter.register");
  return (
    <div className="space-y-6">
      <PageHeader
        title="Retensi arsip surat"
        description="Surat yang melewati jadwal retensi kode klasifikasinya, untuk ditinjau. Tidak ada surat yang dihapus otomatis."
      />
      <LettersSubnav actor={actor} current="/sekretariat/surat/retensi" />
      {!r.hasRules ? (
        <Alert tone="info">
          Belum ada kode klasifikasi dengan jadwal retensi. Administrator dapat mengisinya di menu Klasifikasi.
        </Alert>
      ) : null}
      <nav aria-label="Jenis daftar retensi" className="flex flex-wrap gap-2 text-sm">
        {TABS.map((t) => (
          <Link
            key={`${t.jenis}-${t.stage}`}
            href={`/sekretariat/surat/retensi?jenis=${t.jenis}&tahap=${t.stage}`}
            aria-current={t.jenis === jenis && t.stage === stage ? "page" : undefined}
            className="rounded-full border border-slate-300 bg-white px-3 py-1 no-underline aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
          >
            {t.label}
          </Link>
        ))}
      </nav>
      {r.items.length === 0 ? (
        <EmptyState title="Tidak ada surat dalam daftar ini" />
      ) : (
        <ul className="space-y-3">
          {r.items.map((i) => (
            <li key={i.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <p className="font-semibold">
                <Link href={`/sekretariat/surat/${i.direction}/${i.id}`} className="font-mono">
                  {i.number || "—"}
                </Link>{" "}
                {i.subject}
              </p>
              <p className="text-sm text-slate-700">
                Tanggal {formatDate(i.date)} · klasifikasi {i.classificationCode} · aktif s.d.{" "}
                {formatDate(i.activeUntil)} · masa simpan s.d. {formatDate(i.inactiveUntil)}
              </p>
              {i.lastDecision ? (
                <p className="mt-1 text-sm">
                  <Badge tone="blue">{RETENTION_DECISION_LABELS[i.lastDecision]}</Badge>{" "}
                  {formatDateTime(i.lastReviewedAt)}
                </p>
              ) : (
                <p className="mt-1 text-sm">
                  <Badge tone="amber">Belum ditinjau</Badge>
                </p>
              )}
              {mayReview ? (
                <div className="mt-3 border-t border-slate-100 pt-3">
                  <RetentionReviewForm
                    action={reviewRetentionAction.bind(null, `${i.direction}:${i.id}`)}
                    idPrefix={`ret-${i.id.slice(0, 8)}`}
                  />
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={r.page}
        pageSize={r.pageSize}
        total={r.total}
        href={(p) => `/sekretariat/surat/retensi?jenis=${jenis}&tahap=${stage}&hal=${p}`}
      />
    </div>
  );
}
