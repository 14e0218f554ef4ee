import type { Metadata } from "next";
import { ClassificationForm } from "@/components/letters/classification-forms";
import { LettersSubnav } from "@/components/letters/subnav";
import { Card, EmptyState, PageHeader, Pagination } from "@/components/ui/misc";
import { requirePageActor } from "@/lib/auth/page";
import { createClassificationAction, updateClassificationAction } from "@/lib/letters/admin/actions";
import { listClassification } from "@/lib/letters/admin/service";
import { pageParam } from "@/lib/validation";

export const metadata: Metadata = { title: "Kode Klasifikasi Arsip" };

export default async function ClassificationPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string; hal?: string }>;
}) {
  const actor = await requirePageActor("reference.manage");
  const sp = await searchParams;
  const { items, total, page, pageSize } = await listClassification(actor, { q: sp.q, page: pageParam(sp.hal) });
  return (
    <div className="space-y-6">
      <PageHeader
        title="Kode klasifikasi arsip"
        description="Permendagri 83/2022. Tambah atau koreksi kode dan isi jadwal retensi (tahun aktif dan inaktif); kode tanpa retensi mengikuti kode induknya."
      />
      <LettersSubnav actor={actor} current="/sekretariat/surat/klasifikasi" />
      <Card>
        <h2 className="mb-3 text-lg font-bold">Tambah kode</h2>
        <ClassificationForm action={createClassificationAction} isNew idPrefix="new-code" />
      </Card>
      <form role="search" aria-label="Cari kode klasifikasi" className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="kq" className="block text-sm font-semibold">
            Cari kode atau uraian
          </label>
          <input
            id="kq"
            name="q"
            type="search"
            defaultValue={sp.q}
            maxLength={100}
            className="mt-1 rounded-md border border-slate-400 px-3 py-2"
          />
        </div>
        <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">
          Cari
        </button>
      </form>
      {items.length === 0 ? (
        <EmptyState title="Tidak ada kode yang cocok" />
      ) : (
        <ul className="space-y-3">
          {items.map((c) => (
            <li
              key={c.code}
              className="rounded-lg border border-slate-200 bg-white p-4"
              style={{ marginLeft: `${Math.min(3, c.level - 1)}rem` }}
            >
              <p className="mb-2 font-mono font-semibold">{c.code}</p>
              <ClassificationForm
                action={updateClassificationAction.bind(null, c.code)}
                initial={c}
                idPrefix={`code-${c.code.replace(/\./g, "-")}`}
              />
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={page}
        pageSize={pageSize}
        total={total}
        href={(p) =>
          `/sekretariat/surat/klasifikasi?${new URLSearchParams({ ...(sp.q ? { q: sp.q } : {}), hal: String(p) })}`
        }
      />
    </div>
  );
}
