import type { Metadata } from "next";
import Link from "next/link";
import { ActionCard } from "@/components/aspirations/action-card";
import { CheckboxField, TextField } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/misc";
import { addCategoryAction, saveCategoryAction } from "@/lib/aspirations/actions";
import { listCategories } from "@/lib/aspirations/categories";
import { requirePageActor } from "@/lib/auth/page";
export const metadata: Metadata = { title: "Kategori aspirasi" };

export default async function CategoriesPage() {
  const actor = await requirePageActor("aspiration.categories.manage");
  const cats = await listCategories(actor);
  return (
    <div className="max-w-3xl space-y-4">
      <p>
        <Link href="/sekretariat/aspirasi">← Aspirasi</Link>
      </p>
      <PageHeader
        title="Kategori aspirasi"
        description="Kategori tidak dihapus agar aspirasi lama tetap berkategori; nonaktifkan yang tidak dipakai lagi."
      />
      <ActionCard action={addCategoryAction} title="Tambah kategori" submitLabel="Tambah">
        <TextField maxLength={200} id="c-new-name" name="name" label="Nama" />
        <TextField maxLength={200} id="c-new-order" name="sortOrder" label="Urutan" defaultValue="10" />
      </ActionCard>
      {cats.map((c) => (
        <ActionCard key={c.id} action={saveCategoryAction.bind(null, String(c.id))} title={c.name} submitLabel="Simpan">
          <TextField maxLength={200} id={`c-${c.id}-name`} name="name" label="Nama" defaultValue={c.name} />
          <TextField
            maxLength={200}
            id={`c-${c.id}-order`}
            name="sortOrder"
            label="Urutan"
            defaultValue={String(c.sortOrder)}
          />
          <CheckboxField id={`c-${c.id}-active`} name="isActive" label="Aktif" defaultChecked={c.isActive} />
        </ActionCard>
      ))}
    </div>
  );
}
