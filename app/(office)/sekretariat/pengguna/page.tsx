import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { Badge, EmptyState, PageHeader, Pagination } from "@/components/ui/misc";
import { requirePageActor } from "@/lib/auth/page";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { listUsers } from "@/lib/users/service";
import { Cell, DataTable, Row } from "@/components/ui/table";
import { pageParam } from "@/lib/validation";

export const metadata: Metadata = { title: "Pengguna" };

export default async function UsersPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string; peran?: string; hal?: string }>;
}) {
  const actor = await requirePageActor("users.manage");
  const sp = await searchParams;
  const page = pageParam(sp.hal);
  const { items, total, pageSize } = await listUsers(actor, { q: sp.q, role: sp.peran, page });
  const href = (p: number) =>
    `/sekretariat/pengguna?${new URLSearchParams({ ...(sp.q ? { q: sp.q } : {}), ...(sp.peran ? { peran: sp.peran } : {}), hal: String(p) })}`;
  return (
    <div>
      <PageHeader
        title="Pengguna"
        description="Akun anggota DPRD, staf, dan administrator."
        actions={
          <div className="flex flex-wrap gap-2">
            <ButtonLink href="/sekretariat/pengguna/impor" variant="secondary">
              Impor CSV
            </ButtonLink>
            <ButtonLink href="/sekretariat/pengguna/baru">Tambah pengguna</ButtonLink>
          </div>
        }
      />
      <form className="mb-4 flex flex-wrap items-end gap-3" role="search">
        <div>
          <label htmlFor="q" className="block text-sm font-semibold">
            Cari nama atau email
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
          <label htmlFor="peran" className="block text-sm font-semibold">
            Peran
          </label>
          <select
            id="peran"
            name="peran"
            defaultValue={sp.peran ?? ""}
            className="mt-1 rounded-md border border-slate-400 px-3 py-2"
          >
            <option value="">Semua</option>
            <option value="member">Anggota DPRD</option>
            <option value="staff">Staf</option>
            <option value="admin">Admin</option>
          </select>
        </div>
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">
          Terapkan
        </button>
      </form>
      {items.length === 0 ? (
        <EmptyState title="Tidak ada pengguna yang cocok">Ubah kata kunci atau filter peran.</EmptyState>
      ) : (
        <DataTable
          label="Daftar pengguna"
          caption="Daftar pengguna"
          columns={["Nama", "Peran", "Dapil / Komisi / Fraksi", "Status"]}
        >
          {items.map((u) => (
            <Row key={u.id}>
              <Cell>
                <Link href={`/sekretariat/pengguna/${u.id}`} className="font-semibold">
                  {u.name}
                </Link>
                <span className="block text-xs text-slate-600">{u.email}</span>
              </Cell>
              <Cell>{u.position && u.role === "member" ? u.position : ROLE_LABELS[u.role]}</Cell>
              <Cell className="text-slate-700">
                {u.role === "member" ? [u.dapil, u.komisi ?? "Pimpinan", u.fraksi].join(" · ") : "—"}
              </Cell>
              <Cell>{u.isActive ? <Badge tone="green">Aktif</Badge> : <Badge tone="red">Nonaktif</Badge>}</Cell>
            </Row>
          ))}
        </DataTable>
      )}
      <Pagination page={page} pageSize={pageSize} total={total} href={href} />
    </div>
  );
}
