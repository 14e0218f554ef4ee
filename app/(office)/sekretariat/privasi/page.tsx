import type { Metadata } from "next";
import Link from "next/link";
import { CorrectPersonForm, ErasePersonForm, RunRetentionForm } from "@/components/privacy/person-forms";
import { RecordsTable } from "@/components/privacy/records-table";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/misc";
import { requirePageActor } from "@/lib/auth/page";
import { isAppError } from "@/lib/errors";
import { correctPersonAction, erasePersonAction, runRetentionAction } from "@/lib/privacy/actions";
import { findPerson, recentRetentionRuns, retentionDays } from "@/lib/privacy/service";
import { PERSONAL_DATA_SOURCES } from "@/lib/privacy/registry";
import type { PersonalRecord } from "@/lib/privacy/sources";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Data Pribadi" };

export default async function PrivacyOfficePage({
  searchParams,
}: {
  searchParams: Promise<{ email?: string; phone?: string; dihapus?: string }>;
}) {
  const actor = await requirePageActor("privacy.manage");
  const q = await searchParams;
  const who = { email: q.email?.slice(0, 254) || undefined, phone: q.phone?.slice(0, 32) || undefined };
  let records: PersonalRecord[] | null = null;
  let error: string | null = null;
  if (who.email || who.phone) {
    try {
      records = await findPerson(actor, who);
    } catch (e) {
      if (!isAppError(e)) throw e;
      error = Object.values(e.fieldErrors ?? {}).flat()[0] ?? e.message;
    }
  }
  const runs = await recentRetentionRuns(actor);
  const exportHref = `/api/v1/privasi/ekspor?${new URLSearchParams(Object.entries(who).filter(([, v]) => v) as [string, string][]).toString()}`;
  return (
    <div className="space-y-6">
      <PageHeader
        title="Data pribadi (UU 27/2022)"
        description="Cari data seseorang menurut email atau nomor teleponnya untuk menjawab permintaan akses, koreksi atau penghapusan. Setiap pencarian dan perubahan tercatat di log audit."
      />
      <Card>
        <form method="get" className="grid gap-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
          <div className="space-y-1">
            <label htmlFor="email" className="block text-sm font-semibold">
              Email
            </label>
            <input
              id="email"
              name="email"
              type="email"
              defaultValue={who.email}
              className="block w-full rounded-md border border-slate-400 px-3 py-2"
            />
          </div>
          <div className="space-y-1">
            <label htmlFor="phone" className="block text-sm font-semibold">
              Nomor telepon/WhatsApp
            </label>
            <input
              id="phone"
              name="phone"
              defaultValue={who.phone}
              className="block w-full rounded-md border border-slate-400 px-3 py-2"
            />
          </div>
          <button
            type="submit"
            className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
          >
            Cari
          </button>
        </form>
      </Card>
      {/^\d+$/.test(q.dihapus ?? "") ? (
        <Alert tone="success">
          Nama dan kontak dihapus dari {q.dihapus} catatan, termasuk pesan yang belum terkirim. Isi laporan dan
          statistik tetap ada.
        </Alert>
      ) : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
      {records ? (
        <Card>
          <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
            <h2 className="text-lg font-bold">{records.length} catatan</h2>
            {records.length ? (
              <a className="underline" href={exportHref}>
                Ekspor JSON
              </a>
            ) : null}
          </div>
          <RecordsTable records={records} />
          {records.length ? (
            <div className="mt-6 grid gap-6 lg:grid-cols-2">
              <section>
                <h3 className="mb-2 font-bold">Koreksi data</h3>
                <CorrectPersonForm action={correctPersonAction} who={who} />
              </section>
              <section>
                <h3 className="mb-2 font-bold">Hapus (anonimkan)</h3>
                <ErasePersonForm action={erasePersonAction} who={who} />
              </section>
            </div>
          ) : null}
        </Card>
      ) : null}
      <Card>
        <h2 className="mb-2 text-lg font-bold">Kebocoran data</h2>
        <p className="text-sm">
          Beri tahu setiap warga yang terdampak melalui e-mail/WhatsApp:{" "}
          <Link className="underline" href="/sekretariat/privasi/pemberitahuan">
            pemberitahuan kegagalan pelindungan data pribadi
          </Link>
          .
        </p>
      </Card>
      <Card>
        <h2 className="mb-2 text-lg font-bold">Retensi kontak</h2>
        <ul className="mb-3 list-disc pl-5 text-sm">
          {PERSONAL_DATA_SOURCES.map((s) => (
            <li key={s.name}>
              {s.label}: kontak dianonimkan {retentionDays(s)} hari setelah ditutup (<code>{s.retentionDaysEnv}</code>).
            </li>
          ))}
        </ul>
        <RunRetentionForm action={runRetentionAction} />
        <h3 className="mt-4 font-semibold">Riwayat terakhir</h3>
        {runs.length === 0 ? (
          <p className="text-sm text-slate-700">Belum pernah dijalankan.</p>
        ) : (
          <ul className="text-sm">
            {runs.map((r) => (
              <li key={r.ranAt}>
                {formatDateTime(r.ranAt)}: {r.sources.map((s) => `${s.label} ${s.anonymised}`).join(", ")}; kode
                permintaan kedaluwarsa dihapus {r.expiredRequests}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
