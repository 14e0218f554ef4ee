import type { Metadata } from "next";
import { buttonClass } from "@/components/ui/button";
import { Badge, EmptyState, PageHeader, Pagination } from "@/components/ui/misc";
import { listAudit } from "@/lib/audit/service";
import { requirePageActor } from "@/lib/auth/page";
import { formatDateTime } from "@/lib/format";
import { Cell, DataTable, Row } from "@/components/ui/table";
import { pageParam } from "@/lib/validation";

export const metadata: Metadata = { title: "Log audit" };

const OUTCOME = {
  success: { tone: "green", label: "Berhasil" },
  failure: { tone: "amber", label: "Gagal" },
  denied: { tone: "red", label: "Ditolak" },
} as const;

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string; hasil?: string; hal?: string }>;
}) {
  const actor = await requirePageActor("audit.read");
  const sp = await searchParams;
  const page = pageParam(sp.hal);
  const outcome = sp.hasil === "success" || sp.hasil === "failure" || sp.hasil === "denied" ? sp.hasil : undefined;
  const { items, total, pageSize } = await listAudit(actor, { q: sp.q, outcome, page });
  const href = (p: number) =>
    `/sekretariat/audit?${new URLSearchParams({ ...(sp.q ? { q: sp.q } : {}), ...(outcome ? { hasil: outcome } : {}), hal: String(p) })}`;
  return (
    <div>
      <PageHeader
        title="Log audit"
        description="Catatan setiap perubahan dan percobaan masuk. Log ini hanya dapat ditambah, tidak dapat diubah atau dihapus."
        actions={
          <a
            className={buttonClass("secondary")}
            href={`/api/v1/audit/ekspor?${new URLSearchParams({ ...(sp.q ? { q: sp.q } : {}), ...(outcome ? { hasil: outcome } : {}) })}`}
          >
            Unduh CSV
          </a>
        }
      />
      <form className="mb-4 flex flex-wrap items-end gap-3" role="search">
        <div>
          <label htmlFor="q" className="block text-sm font-semibold">
            Cari pelaku, tindakan, atau ID
          </label>
          <input
            id="q"
            name="q"
            defaultValue={sp.q}
            maxLength={100}
            className="mt-1 rounded-md border border-slate-400 px-3 py-2"
          />
        </div>
        <div>
          <label htmlFor="hasil" className="block text-sm font-semibold">
            Hasil
          </label>
          <select
            id="hasil"
            name="hasil"
            defaultValue={outcome ?? ""}
            className="mt-1 rounded-md border border-slate-400 px-3 py-2"
          >
            <option value="">Semua</option>
            <option value="success">Berhasil</option>
            <option value="failure">Gagal</option>
            <option value="denied">Ditolak</option>
          </select>
        </div>
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">
          Terapkan
        </button>
      </form>
      {items.length === 0 ? (
        <EmptyState title="Belum ada catatan yang cocok" />
      ) : (
        <DataTable label="Log audit" caption="Log audit" columns={["Waktu", "Pelaku", "Tindakan", "Objek", "Hasil"]}>
          {items.map((e) => (
            <Row key={e.id}>
              <Cell className="whitespace-nowrap">{formatDateTime(e.at)}</Cell>
              <Cell>{e.actorLabel ?? "—"}</Cell>
              <Cell>
                {e.actionLabel}
                <span className="block font-mono text-xs text-slate-700">{e.action}</span>
              </Cell>
              <Cell className="font-mono text-xs">{e.entityType ? `${e.entityType}:${e.entityId ?? ""}` : "—"}</Cell>
              <Cell>
                <Badge tone={OUTCOME[e.outcome as keyof typeof OUTCOME]?.tone ?? "slate"}>
                  {OUTCOME[e.outcome as keyof typeof OUTCOME]?.label ?? e.outcome}
                </Badge>
              </Cell>
            </Row>
          ))}
        </DataTable>
      )}
      <Pagination page={page} pageSize={pageSize} total={total} href={href} />
    </div>
  );
}
